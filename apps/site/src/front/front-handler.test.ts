import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePage } from '../lib/server/encoded-page';
import { PageCopies } from '../lib/server/page-copies';
import { createFrontHandler } from './front-handler';

describe('the front handler', () => {
	const copies = new PageCopies({ maxBytes: 1_000_000 });
	let server: Server;
	let origin = '';
	/** What SvelteKit was asked for, here a stand-in that says it rendered. */
	const rendered: string[] = [];

	beforeAll(async () => {
		copies.current = { version: 'v1', maxAgeSeconds: 60 };
		const headers = new Headers({ 'content-type': 'text/html', etag: '"abc"' });
		const body = new TextEncoder().encode('<h1>Kept</h1>');
		const copyOf = (encoding: 'br' | 'gzip' | 'identity') =>
			encodePage(headers, body, encoding, { effort: 'kept', extraHeaders: ['x-cache', 'HIT'] });
		copies.set('/kept?page=2', {
			encoded: {
				br: await copyOf('br'),
				gzip: await copyOf('gzip'),
				identity: await copyOf('identity')
			},
			version: 'v1',
			renderedAt: Date.now()
		});
		server = createServer(
			createFrontHandler({
				copies,
				sveltekit: (req, res) => {
					rendered.push(`${req.method} ${req.url}`);
					res.end('rendered');
				}
			})
		);
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise((resolve) => server.close(resolve)));

	function ask(path: string, options: { method?: string; headers?: Record<string, string> } = {}) {
		return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
			(resolve, reject) => {
				const req = request(`${origin}${path}`, options, (res) => {
					let body = '';
					res.setEncoding('latin1');
					res.on('data', (chunk: string) => (body += chunk));
					res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
				});
				req.on('error', reject);
				req.end();
			}
		);
	}

	it('sends a kept page itself, in the encoding asked for, with its own ETag', async () => {
		const br = await ask('/kept?page=2', { headers: { 'accept-encoding': 'gzip, br' } });
		expect(br).toMatchObject({
			status: 200,
			headers: {
				'content-encoding': 'br',
				etag: '"abc-br"',
				vary: 'Accept-Encoding',
				'x-cache': 'HIT'
			}
		});
		const plain = await ask('/kept?page=2');
		expect(plain).toMatchObject({ status: 200, body: '<h1>Kept</h1>', headers: { etag: '"abc"' } });
		expect(plain.headers['content-encoding']).toBeUndefined();
		const head = await ask('/kept?page=2', { method: 'HEAD' });
		expect(head).toMatchObject({ status: 200, body: '', headers: { 'content-length': '13' } });
		expect(rendered).toEqual([]);
	});

	it('answers 304 to a browser holding the same bytes', async () => {
		const answer = await ask('/kept?page=2', {
			headers: { 'accept-encoding': 'gzip', 'if-none-match': 'W/"abc-gzip"' }
		});
		expect(answer).toMatchObject({
			status: 304,
			body: '',
			headers: { etag: '"abc-gzip"', vary: 'Accept-Encoding' }
		});
		const otherBytes = await ask('/kept?page=2', {
			headers: { 'accept-encoding': 'br', 'if-none-match': '"abc-gzip"' }
		});
		expect(otherBytes.status).toBe(200);
	});

	it('passes to SvelteKit whatever it keeps no copy of, and every POST, cookie or credential', async () => {
		rendered.length = 0;
		expect((await ask('/kept?page=3')).body).toBe('rendered');
		expect((await ask('/kept?page=2', { method: 'POST' })).body).toBe('rendered');
		expect((await ask('/kept?page=2', { headers: { cookie: 'a=b' } })).body).toBe('rendered');
		expect((await ask('/kept?page=2', { headers: { authorization: 'Bearer x' } })).body).toBe(
			'rendered'
		);
		expect(rendered).toEqual([
			'GET /kept?page=3',
			'POST /kept?page=2',
			'GET /kept?page=2',
			'GET /kept?page=2'
		]);
	});

	it('stops sending copies the moment the API says something was published', async () => {
		copies.current = { version: 'v2', maxAgeSeconds: 60 };
		expect((await ask('/kept?page=2')).body).toBe('rendered');
	});
});
