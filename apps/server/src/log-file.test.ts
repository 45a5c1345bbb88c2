import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logToFile, readableAlert } from './log-file.js';
import { createLogger } from './logger.js';

describe('logging to a file', () => {
	let dir: string | undefined;
	afterEach(async () => {
		if (dir) await rm(dir, { recursive: true, force: true });
	});

	it('keeps every JSON line in the file and tells the terminal only of warnings and errors', async () => {
		dir = await mkdtemp(join(tmpdir(), 'whatworks-log-'));
		const stderr = vi.spyOn(process.stderr, 'write').mockReturnValue(true);
		const logger = createLogger('info', logToFile(join(dir, 'logs', 'api.log')));
		logger.info({ requestId: 'r1', status: 200 }, 'request');
		logger.error({ err: new Error('connection refused'), requestId: 'r2' }, 'procedure failed');

		const lines = (await readFile(join(dir, 'logs', 'api.log'), 'utf8')).trim().split('\n');
		expect(lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual([
			'request',
			'procedure failed'
		]);
		expect(stderr.mock.calls).toEqual([
			['error: procedure failed: connection refused (request r2)\n']
		]);
	});

	it('says a warning in one line, without the stack', () => {
		const line = JSON.stringify({
			level: 40,
			msg: 'requests still running at the shutdown deadline were cut off'
		});
		expect(readableAlert(line)).toBe(
			'warning: requests still running at the shutdown deadline were cut off\n'
		);
		const fatal = JSON.stringify({
			level: 60,
			msg: 'could not open the database',
			err: { message: 'disk full\n    at open (pglite.js:1:1)' }
		});
		expect(readableAlert(fatal)).toBe('fatal error: could not open the database: disk full\n');
	});

	it('gives the reason a database error was caused by, not the query it wraps', () => {
		const line = JSON.stringify({
			level: 50,
			msg: 'procedure failed',
			requestId: 'r3',
			err: {
				message: 'Failed query: select "id" from "drafts"\nparams: [redacted]',
				causes: [{ type: 'DatabaseError', message: 'canceling statement due to statement timeout' }]
			}
		});
		expect(readableAlert(line)).toBe(
			'error: procedure failed: canceling statement due to statement timeout (request r3)\n'
		);
	});
});
