import { describe, expect, it, vi } from 'vitest';
import { proxyOpenData } from './open-data.js';

vi.mock('$env/dynamic/private', () => ({ env: { WHATWORKS_API_URL: 'http://api.test/' } }));

// A CSV as the API writes it, its pooled results rounded to 4 decimal places.
const csv =
	'intervention,pooled_estimate,pooled_ci_lower,pooled_ci_upper\r\n' +
	'Kinship care,0.4,0.1235,0.6765\r\n';

describe('proxyOpenData', () => {
	it('passes the API’s file through byte for byte, so its rounding reaches the reader', async () => {
		const fetch = vi.fn<typeof globalThis.fetch>(() =>
			Promise.resolve(
				new Response(csv, {
					headers: {
						'content-type': 'text/csv; charset=utf-8; header=present',
						'content-disposition': 'attachment; filename="evidence.csv"',
						'set-cookie': 'not=passed'
					}
				})
			)
		);
		const response = await proxyOpenData(fetch, 'evidence.csv');
		expect(fetch.mock.calls[0]?.[0]).toBe('http://api.test/data/evidence.csv');
		expect(response.status).toBe(200);
		expect(await response.text()).toBe(csv);
		expect(response.headers.get('content-disposition')).toBe('attachment; filename="evidence.csv"');
		expect(response.headers.get('set-cookie')).toBeNull();
	});

	it('answers 503 with one plain sentence when the API cannot give the file', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const fetch = vi.fn<typeof globalThis.fetch>(() =>
			Promise.resolve(new Response('boom', { status: 500 }))
		);
		const response = await proxyOpenData(fetch, 'evidence.json');
		expect(response.status).toBe(503);
		expect(await response.text()).toMatch(/^The download is not available at the moment\./);
		expect(response.headers.get('retry-after')).toBe('60');
	});
});
