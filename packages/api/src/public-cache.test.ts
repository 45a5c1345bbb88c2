import { describe, expect, it, vi } from 'vitest';
import { PublicCache } from './public-cache.js';

describe('PublicCache', () => {
	it('forgets answers after their time and drops the least recently used when full', () => {
		vi.useFakeTimers();
		try {
			const cache = new PublicCache({ ttlMs: 1000, maxBytes: 100 });
			cache.set('a', 1, 40);
			cache.set('b', 2, 40);
			expect(cache.get('a')).toBe(1); // a is now the most recently used
			cache.set('c', 3, 40);
			expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
			expect(cache.bytes).toBe(80);
			cache.set('huge', 4, 101); // larger than the whole cache: not kept
			expect(cache.get('huge')).toBeUndefined();
			expect(cache.bytes).toBe(80);
			vi.advanceTimersByTime(1001);
			expect(cache.get('a')).toBeUndefined();
		} finally {
			vi.useRealTimers();
		}
	});

	it('never serves an answer past the London midnight after it was computed', () => {
		vi.useFakeTimers({ now: Date.parse('2019-03-31T22:59:00Z') }); // 23:59 on 31 March, BST
		try {
			const cache = new PublicCache({ ttlMs: 3_600_000, maxBytes: 100 });
			cache.set('projects.list', 'in delivery', 10);
			vi.advanceTimersByTime(59_999);
			expect(cache.get('projects.list')).toBe('in delivery');
			vi.advanceTimersByTime(1);
			expect(cache.get('projects.list')).toBeUndefined();
		} finally {
			vi.useRealTimers();
		}
	});

	it('forgets every answer when the content version changes, and tells who listens', () => {
		const cache = new PublicCache({ ttlMs: 1000, maxBytes: 100 });
		const heard: (string | undefined)[] = [];
		cache.onChange(() => heard.push(cache.version));
		cache.changeVersion('v1');
		cache.set('a', 1, 10);
		cache.changeVersion('v1'); // heard again, say after a reconnection: nothing changed
		expect(cache.get('a')).toBe(1);
		cache.changeVersion('v2');
		expect(cache.get('a')).toBeUndefined();
		expect(cache.bytes).toBe(0);
		expect(heard).toEqual(['v1', 'v2']);
	});

	it('keeps no answer until it knows the content version', async () => {
		const cache = new PublicCache({ ttlMs: 1000, maxBytes: 100 });
		const compute = () => Promise.resolve('answer');
		const keep = () => ({ bytes: 10 });
		expect(await cache.remember('a', compute, keep)).toEqual({ value: 'answer', kept: 'MISS' });
		expect(await cache.remember('a', compute, keep)).toEqual({ value: 'answer', kept: 'MISS' });
		cache.changeVersion('v1');
		await cache.remember('a', compute, keep);
		expect(await cache.remember('a', compute, keep)).toEqual({ value: 'answer', kept: 'HIT' });
	});

	it('computes an answer once for readers asking together, and afresh after a publish', async () => {
		const cache = new PublicCache({ ttlMs: 1000, maxBytes: 100 });
		cache.changeVersion('v1');
		const computations: ((value: string) => void)[] = [];
		const compute = () => new Promise<string>((resolve) => computations.push(resolve));
		const keep = () => ({ bytes: 10 });
		const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

		const first = cache.remember('a', compute, keep);
		const second = cache.remember('a', compute, keep);
		await settle();
		expect(computations).toHaveLength(1);
		cache.changeVersion('v2'); // published meanwhile: a reader now must not wait for the older answer
		const afterPublish = cache.remember('a', compute, keep);
		await settle();
		expect(computations).toHaveLength(2);

		computations[0]?.('old');
		computations[1]?.('new');
		expect(await first).toEqual({ value: 'old', kept: 'MISS' });
		expect(await second).toEqual({ value: 'old', kept: 'MISS' });
		expect(await afterPublish).toEqual({ value: 'new', kept: 'MISS' });
		// Only the answer computed since the publish was kept.
		expect(await cache.remember('a', compute, keep)).toEqual({ value: 'new', kept: 'HIT' });
		expect(computations).toHaveLength(2);
	});
});
