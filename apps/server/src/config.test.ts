import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
	it('runs on the embedded database with demo content when nothing is set', () => {
		const config = loadConfig({});
		expect(config).toMatchObject({ PORT: 3002, HOST: '127.0.0.1', seedDemo: true });
		expect(config.DATABASE_URL).toBeUndefined();
		expect(config.PGLITE_DIR).toMatch(/\.data\/pglite$/);
	});

	it('does not seed demo content into Postgres unless asked to', () => {
		expect(loadConfig({ DATABASE_URL: 'postgres://app@db/whatworks' }).seedDemo).toBe(false);
		expect(
			loadConfig({ DATABASE_URL: 'postgres://app@db/whatworks', WHATWORKS_SEED_DEMO: 'true' })
				.seedDemo
		).toBe(true);
	});

	it('runs one API process per core on Postgres and one on the embedded database', () => {
		const cores = availableParallelism();
		expect(loadConfig({}).workers).toBe(1);
		expect(loadConfig({ DATABASE_URL: 'postgres://app@db/whatworks' }).workers).toBe(cores);
		expect(
			loadConfig({ DATABASE_URL: 'postgres://app@db/whatworks', API_WORKERS: '3' }).workers
		).toBe(3);
		expect(() => loadConfig({ API_WORKERS: '2' })).toThrow(
			'API_WORKERS: the embedded database is one process’s: set DATABASE_URL to run more than 1 (got "2")'
		);
		expect(() =>
			loadConfig({ DATABASE_URL: 'postgres://app@db/whatworks', API_WORKERS: '0' })
		).toThrow('API_WORKERS: expected a whole number of processes, at least 1 (got "0")');
	});

	it('names each bad variable on its own line with what it expects', () => {
		const attempt = () => loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud' });
		expect(attempt).toThrow(ConfigError);
		expect(attempt).toThrow(
			'PORT: expected a port number from 1 to 65535 (got "abc")\n' +
				'LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent (got "loud")'
		);
	});

	it('never echoes a database URL, which may hold a password', () => {
		expect(() => loadConfig({ DATABASE_URL: 'mysql://user:secret@db/x' })).toThrow(
			/^DATABASE_URL: expected a postgres:\/\/ connection URL$/
		);
	});

	it('treats empty variables as unset', () => {
		expect(loadConfig({ PORT: '' }).PORT).toBe(3002);
		expect(loadConfig({ LOG_FILE: '' }).LOG_FILE).toBeUndefined();
	});

	it('logs to stdout unless given a log file, which is taken from where the command was run', () => {
		expect(loadConfig({}).LOG_FILE).toBeUndefined();
		expect(loadConfig({ LOG_FILE: 'logs/api.log' }).LOG_FILE).toBe(
			resolve(process.env.INIT_CWD ?? process.cwd(), 'logs/api.log')
		);
	});

	it('catches mail in the database unless given a mail server, whose URL is never echoed', () => {
		const config = loadConfig({});
		expect(config.SMTP_URL).toBeUndefined();
		expect(config.SITE_ORIGIN).toBe('http://localhost:3000');
		expect(loadConfig({ SMTP_URL: 'smtp://user:pass@mail.example.org:587' }).SMTP_URL).toBe(
			'smtp://user:pass@mail.example.org:587'
		);
		expect(() => loadConfig({ SMTP_URL: 'http://user:secret@mail' })).toThrow(
			/^SMTP_URL: expected an smtp:\/\/ or smtps:\/\/ URL$/
		);
	});

	it('signs mail only with all three DKIM settings', () => {
		expect(() => loadConfig({ DKIM_DOMAIN: 'example.org' })).toThrow(
			/^DKIM_DOMAIN: set DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY_FILE together, or none/
		);
	});
});
