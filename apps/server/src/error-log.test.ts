import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { openTestDatabase, testDatabaseKinds } from '@whatworks/db/testing';
import { describe, expect, it } from 'vitest';
import { createApiHandler } from './http-server.js';
import { createLogger } from './logger.js';

/** A logger at a level ("error" unless said), and the lines it wrote. */
function captureLog(level = 'error') {
	let written = '';
	const destination = new Writable({
		write(chunk: Buffer, _encoding, done) {
			written += chunk.toString();
			done();
		}
	});
	return { logger: createLogger(level, destination), lines: () => written.trim().split('\n') };
}

describe('the log of an error', () => {
	it('names each cause with its code, keeping out what a database error quotes of a row', () => {
		const driverError = Object.assign(
			new Error('invalid input syntax for type integer: "Jane Doe"'),
			{ code: '22P02', detail: 'Key (email)=(jane@example.org) already exists.' }
		);
		const queryError = Object.assign(
			new Error('Failed query: select 1\nparams: jane@example.org', { cause: driverError }),
			{ params: ['jane@example.org'] }
		);
		const log = captureLog();
		log.logger.error({ err: new Error('Query failed', { cause: queryError }) }, 'query failed');
		const [line] = log.lines();
		expect((JSON.parse(line ?? '{}') as { err: unknown }).err).toMatchObject({
			causes: [
				{ type: 'Error', message: 'Failed query: select 1\nparams: [redacted]' },
				{
					type: 'Error',
					code: '22P02',
					message: 'invalid input syntax for type integer: "[redacted]"'
				}
			]
		});
		expect(line).not.toMatch(/jane/i);
	});
});

describe.each(testDatabaseKinds)('an unexpected database error on %s', (kind) => {
	it("is logged with the database's code and message, never the query's parameters", async () => {
		const database = await openTestDatabase(kind);
		// A column gone: every read of an intervention now fails inside the database.
		await database.db.execute('alter table interventions rename column name to old_name');
		const log = captureLog('info');
		const server = createServer(createApiHandler({ database, logger: log.logger }));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		try {
			const { port } = server.address() as AddressInfo;
			const input = encodeURIComponent(JSON.stringify({ slug: 'a-secret-slug' }));
			const response = await fetch(
				`http://127.0.0.1:${port}/trpc/interventions.get?input=${input}`
			);
			expect(response.status).toBe(500);

			await new Promise((resolve) => setImmediate(resolve)); // the request line comes on finish
			const [line, request, ...others] = log.lines();
			expect(others).toEqual([]);
			const logged = JSON.parse(line ?? '{}') as { msg: string; err: Record<string, unknown> };
			expect(logged.msg).toBe('procedure failed');
			// The request's line names the procedure, not what was asked of it.
			expect(JSON.parse(request ?? '{}')).toMatchObject({
				msg: 'request',
				path: '/trpc/interventions.get',
				status: 500
			});
			expect(request).not.toContain('a-secret-slug');
			expect(logged.err.causes).toEqual([
				{
					type: 'DrizzleQueryError',
					message: expect.stringMatching(/^Failed query: select /) as string
				},
				{
					type: expect.any(String) as string,
					code: '42703',
					message: expect.stringMatching(/^column .*name.* does not exist$/) as string
				}
			]);
			expect(line).toContain('params: [redacted]');
			expect(line).not.toContain('a-secret-slug');
		} finally {
			await new Promise((resolve) => server.close(resolve));
			await database.close();
		}
	});
});
