import { describe, expect, it, vi } from 'vitest';
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

	it('names a new version of the published content at every clear, unlike any other server’s', () => {
		const cache = new PublicCache({ ttlMs: 1000, maxEntries: 2 });
		const first = cache.version;
		expect(cache.version).toBe(first);
		cache.set('a', 1);
		cache.clear();
		expect(cache.get('a')).toBeUndefined();
		expect(cache.version).not.toBe(first);
		expect(new PublicCache({ ttlMs: 1000, maxEntries: 2 }).version).not.toBe(first);
	});
});
