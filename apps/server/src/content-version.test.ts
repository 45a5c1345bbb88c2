import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PublicCache } from '@whatworks/api';
import { EventSource } from 'eventsource';
import { afterEach, describe, expect, it } from 'vitest';
import { endContentVersionStreams, streamContentVersion } from './content-version.js';

describe('the content version stream', () => {
	let server: Server | undefined;
	afterEach(async () => {
		endContentVersionStreams();
		await new Promise((resolve) => server?.close(resolve));
	});

	async function serve(cache: PublicCache | undefined): Promise<string> {
		server = createServer((_req, res) => streamContentVersion(cache, res));
		await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
		return `http://127.0.0.1:${(server.address() as AddressInfo).port}/content-version`;
	}

	/** The versions an EventSource hears, as they come. */
	function listen(url: string) {
		const heard: unknown[] = [];
		const source = new EventSource(url);
		source.onmessage = (event) => heard.push(JSON.parse(String(event.data)));
		return { heard, source };
	}

	it('tells a listener the version at once, and again the moment something is published', async () => {
		const cache = new PublicCache({ ttlMs: 60_000, maxBytes: 1000 });
		cache.changeVersion('v1');
		const { heard, source } = listen(await serve(cache));
		try {
			await expect.poll(() => heard).toEqual([{ version: 'v1', maxAgeSeconds: 60 }]);
			cache.changeVersion('v2'); // what the database announces after a publish
			await expect.poll(() => heard).toHaveLength(2);
			expect(heard[1]).toEqual({ version: 'v2', maxAgeSeconds: 60 });
		} finally {
			source.close();
		}
	});

	it('tells nothing until the server has heard the database’s version', async () => {
		const cache = new PublicCache({ ttlMs: 60_000, maxBytes: 1000 });
		const { heard, source } = listen(await serve(cache));
		try {
			await new Promise((resolve) => setTimeout(resolve, 200));
			expect(heard).toEqual([]);
			cache.changeVersion('v1');
			await expect.poll(() => heard).toEqual([{ version: 'v1', maxAgeSeconds: 60 }]);
		} finally {
			source.close();
		}
	});

	it('ends the streams at shutdown, so the sites stop serving copies until they hear again', async () => {
		const cache = new PublicCache({ ttlMs: 60_000, maxBytes: 1000 });
		cache.changeVersion('v1');
		const { heard, source } = listen(await serve(cache));
		let lost = false;
		source.onerror = () => (lost = true);
		try {
			await expect.poll(() => heard).toHaveLength(1);
			endContentVersionStreams();
			await expect.poll(() => lost).toBe(true);
		} finally {
			source.close();
		}
	});

	it('refuses a listener when the server keeps no public cache, so no copies are kept', async () => {
		const response = await fetch(await serve(undefined));
		expect(response.status).toBe(404);
		expect(await response.json()).toEqual({ error: 'This server keeps no public cache.' });
	});
});
