import { seedDemoContent, type DatabaseHandle } from '@whatworks/db';
import { openTestDatabase } from '@whatworks/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCaller } from './app-router.js';
import { createContext } from './context.js';
import { PublicCache } from './public-cache.js';

describe('PublicCache', () => {
	it('forgets answers after their time and drops the least recently used when full', () => {
		vi.useFakeTimers();
		try {
			const cache = new PublicCache({ ttlMs: 1000, maxEntries: 2 });
			cache.set('a', 1);
			cache.set('b', 2);
			expect(cache.get('a')).toBe(1); // a is now the most recently used
			cache.set('c', 3);
			expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
			vi.advanceTimersByTime(1001);
			expect(cache.get('a')).toBeUndefined();
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('public queries through a cache', () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await openTestDatabase('pglite');
		await seedDemoContent(handle.db, { dataDir: undefined });
	});
	afterAll(async () => {
		await handle.close();
	});

	it('answer again from the cache until it is cleared, and never cache a failure', async () => {
		const cache = new PublicCache({ ttlMs: 60_000, maxEntries: 100 });
		const api = createCaller(createContext(handle.db, { cache }));
		const uncached = createCaller(createContext(handle.db));
		const first = await api.interventions.search({ q: 'parenting' });

		await handle.db.execute(
			`update interventions set name = 'Parenting changed' where slug = 'mellow-parenting'`
		);
		const again = await api.interventions.search({ q: 'parenting' });
		expect(again).toEqual(first);
		expect(again.items.map((item) => item.name)).not.toContain('Parenting changed');
		expect(
			(await uncached.interventions.search({ q: 'parenting' })).items.map((i) => i.name)
		).toContain('Parenting changed');

		cache.clear();
		expect((await api.interventions.search({ q: 'parenting' })).items.map((i) => i.name)).toContain(
			'Parenting changed'
		);

		await expect(api.interventions.get({ slug: 'no-such-thing' })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		expect(cache.size).toBe(1);
	});
});
