import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isHttpError } from '@sveltejs/kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiFetch } from './api-fetch.js';
import { createApiClient, fromApi } from './index.js';

/** What the stand-in API was asked. */
interface Asked {
	method: string | undefined;
	url: string | undefined;
	headers: IncomingMessage['headers'];
	body: string;
}

let server: Server | undefined;

/** A stand-in for the API that records each request and answers as `answer` says. */
async function standIn(answer: (response: ServerResponse) => void) {
	const asked: Asked[] = [];
	server = createServer((request, response) => {
		let body = '';
		request.on('data', (chunk: Buffer) => (body += chunk.toString()));
		request.on('end', () => {
			asked.push({ method: request.method, url: request.url, headers: request.headers, body });
			answer(response);
		});
	});
	await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { baseUrl: `http://127.0.0.1:${port}`, asked };
}

afterEach(async () => {
	await new Promise((resolve) => server?.close(resolve));
	server = undefined;
});

describe('the API client', () => {
	it("sends a mutation's input as JSON by POST, with the headers it was made with", async () => {
		const { baseUrl, asked } = await standIn((response) => {
			response.setHeader('content-type', 'application/json');
			response.end(JSON.stringify([{ result: { data: { ok: true } } }]));
		});
		const api = createApiClient({ baseUrl, headers: { 'x-forwarded-for': '203.0.113.7' } });
		const answer = await api.subscriptions.unsubscribe.mutate({ token: 'abc.def' });
		expect(answer).toEqual({ ok: true });
		expect(asked).toHaveLength(1);
		expect(asked[0]).toMatchObject({
			method: 'POST',
			url: '/trpc/subscriptions.unsubscribe?batch=1',
			headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' }
		});
		expect(JSON.parse(asked[0]?.body ?? '')).toEqual({ 0: { token: 'abc.def' } });
	});

	it('turns an answer that is not JSON (a proxy\'s "bad gateway" page) into a 503 page', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const { baseUrl } = await standIn((response) => {
			response.writeHead(502, { 'content-type': 'text/html' });
			response.end('<html><body>502 Bad Gateway</body></html>');
		});
		const failure: unknown = await fromApi(
			createApiClient({ baseUrl }).interventions.list.query()
		).catch((error: unknown) => error);
		expect(isHttpError(failure, 503)).toBe(true);
	});

	it('gives up on a call whose signal is aborted, and asks with nothing but GET or POST', async () => {
		const { baseUrl } = await standIn(() => {
			// Never answers: only the abort can end the call.
		});
		const controller = new AbortController();
		const call = apiFetch(`${baseUrl}/trpc/interventions.list`, { signal: controller.signal });
		setTimeout(() => controller.abort(), 50);
		await expect(call).rejects.toThrow(/abort/i);
		await expect(apiFetch(`${baseUrl}/trpc/x`, { method: 'PATCH' })).rejects.toThrow(
			'The API client asks with GET or POST, not PATCH.'
		);
	});
});
