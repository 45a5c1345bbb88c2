import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

describe('the server log', () => {
	it('never writes the parameters of a failed query, which can be secrets', () => {
		let written = '';
		const destination = new Writable({
			write(chunk: Buffer, _encoding, done) {
				written += chunk.toString();
				done();
			}
		});
		const error = new Error(
			'Failed query: update "users" set "password_hash" = $1\nparams: $argon2id$v=19$secret-hash'
		);
		createLogger('info', destination).error({ err: error }, 'procedure failed');
		expect(written).toContain('Failed query: update');
		expect(written).toContain('params: [redacted]');
		expect(written).not.toContain('secret-hash');
	});
});
