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

	it('names a new version of the published content at every clear, unlike any other server’s', () => {
		const cache = new PublicCache({ ttlMs: 1000, maxBytes: 100 });
		const first = cache.version;
		expect(cache.version).toBe(first);
		cache.set('a', 1, 10);
		cache.clear();
		expect(cache.get('a')).toBeUndefined();
		expect(cache.version).not.toBe(first);
		expect(new PublicCache({ ttlMs: 1000, maxBytes: 100 }).version).not.toBe(first);
	});
});
