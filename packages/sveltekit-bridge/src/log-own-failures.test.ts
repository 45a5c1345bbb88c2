import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { logOwnFailures } from './index.js';

describe('logOwnFailures', () => {
	const event = { url: new URL('http://site/evidence-store?q=what+a+reader+typed') };
	const handle = (status: number, message: string) =>
		logOwnFailures({ error: new Error('boom'), event: event as RequestEvent, status, message });

	it('keeps a refused address out of the log and passes its sentence on', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		expect(await handle(400, 'Malformed URI')).toEqual({ message: 'Malformed URI' });
		expect(log).not.toHaveBeenCalled();
	});

	it('logs our own failure with its path, not what the reader typed', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		expect(await handle(500, 'Internal Error')).toEqual({ message: 'Internal Error' });
		expect(log).toHaveBeenCalledWith('500 /evidence-store:', expect.any(Error));
		expect(JSON.stringify(log.mock.calls)).not.toContain('typed');
	});
});
