import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PublicCache } from '@whatworks/api';
import { openDatabase, seedDemoContent, type DatabaseHandle } from '@whatworks/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHandler } from './http-server.js';
import { createLogger } from './logger.js';

describe('copies of public answers', () => {
	let database: DatabaseHandle;
	let server: Server;
	let origin = '';
	const cache = new PublicCache({ ttlMs: 60_000, maxBytes: 1_000_000 });
	const search = `/trpc/interventions.search?input=${encodeURIComponent('{"q":"parenting"}')}`;
	const names = async (response: Response) =>
		(
			(await response.json()) as { result: { data: { items: { name: string }[] } } }
		).result.data.items.map((item) => item.name);

	beforeAll(async () => {
		database = await openDatabase({});
		await seedDemoContent(database.db, { dataDir: undefined });
		// As the server does: the database's content version, then each one published.
		await cache.follow(database, (error) => {
			throw error;
		});
		server = createServer(createApiHandler({ database, logger: createLogger('silent'), cache }));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		await new Promise((resolve) => server.close(resolve));
		await database.close();
	});

	it('serves the same answer again until something is published, and says it may be kept', async () => {
		const first = await fetch(origin + search);
		expect(first.headers.get('x-cache')).toBe('MISS');
		expect(first.headers.get('cache-control')).toBe('public, max-age=60');
		const firstNames = await names(first);
		const again = await fetch(origin + search);
		expect(again.headers.get('x-cache')).toBe('HIT');
		expect(await names(again)).toEqual(firstNames);

		// What publishing does to the tables; the database announces a new content version.
		await database.db.execute(
			`update interventions set name = 'Parenting changed' where slug = 'mellow-parenting'`
		);
		const fresh = await fetch(origin + search);
		expect(fresh.headers.get('x-cache')).toBe('MISS');
		expect(await names(fresh)).toContain('Parenting changed');
	});

	it('keeps no failures and nothing for staff', async () => {
		const missing = `/trpc/interventions.get?input=${encodeURIComponent('{"slug":"no-such-thing"}')}`;
		for (const path of [missing, missing]) {
			const response = await fetch(origin + path);
			expect(response.status).toBe(404);
			expect(response.headers.get('x-cache')).toBe('MISS');
			expect(response.headers.get('cache-control')).toBeNull();
		}
		// Staff queries never go near the copies: no copy is looked for, none is kept.
		for (const path of ['/trpc/users.list', '/trpc/users.list']) {
			const response = await fetch(origin + path);
			expect(response.status).toBeGreaterThanOrEqual(400);
			expect(response.headers.get('x-cache')).toBeNull();
			expect(response.headers.get('cache-control')).toBeNull();
		}
		// A streamed answer (JSON lines) is never kept, so a plain call afterwards is answered afresh.
		const list = '/trpc/interventions.list';
		const streamed = await fetch(origin + list, {
			headers: { 'trpc-accept': 'application/jsonl' }
		});
		await streamed.text();
		expect(streamed.headers.get('x-cache')).toBeNull();
		expect((await fetch(origin + list)).headers.get('x-cache')).toBe('MISS');
		// A batch mixing a public query with a staff one is answered afresh, every part of it.
		const batch = `/trpc/interventions.list,users.list?batch=1&input=${encodeURIComponent('{}')}`;
		await fetch(origin + batch);
		expect((await fetch(origin + batch)).headers.get('x-cache')).toBeNull();
	});

	it('refuses an address that is not valid percent-encoding, and goes on serving', async () => {
		const bad = await fetch(`${origin}/trpc/interventions.search%E0`);
		expect(bad.status).toBe(400);
		expect((await fetch(origin + search)).status).toBe(200);
	});

	it('keeps the open data download until something is published', async () => {
		const csv = async () => (await fetch(`${origin}/data/evidence.csv`)).text();
		const first = await csv();
		// A kept copy says its length in bytes, so a download shows its progress.
		const again = await fetch(`${origin}/data/evidence.csv`);
		const bytes = Buffer.from(await again.arrayBuffer());
		expect(Number(again.headers.get('content-length'))).toBe(bytes.byteLength);
		expect(bytes.toString('utf8')).toBe(first);
		await database.db.execute(
			`update interventions set name = 'Family Group Conferencing, renamed' where slug = 'family-group-conferencing'`
		);
		expect(await csv()).toContain('Family Group Conferencing, renamed');
	});
});
