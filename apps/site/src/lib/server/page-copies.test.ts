import { describe, expect, it } from 'vitest';
import { PageCache, type PageCopy } from './page-cache';

const current = { version: 'v1', maxAgeSeconds: 60 };
const page = (bytes: number, version = 'v1', renderedAt = 1_000_000): PageCopy => ({
	body: new Uint8Array(bytes),
	headers: [['content-type', 'text/html']],
	version,
	renderedAt
});

describe('PageCache', () => {
	it('serves a copy only while nothing was published since and it is younger than the API’s answers', () => {
		const pages = new PageCache({ maxBytes: 1000 });
		pages.set('/a', page(10));
		expect(pages.get('/a', current, 1_000_000 + 59_999)?.body.byteLength).toBe(10);
		expect(pages.get('/a', { ...current, version: 'v2' }, 1_000_001)).toBeUndefined();
		// A copy found stale is dropped, so it cannot come back when the version does.
		expect(pages.get('/a', current, 1_000_001)).toBeUndefined();

		pages.set('/b', page(10));
		expect(pages.get('/b', current, 1_000_000 + 60_000)).toBeUndefined();
		expect(pages.bytes).toBe(0);
	});

	it('never serves a copy rendered before the last London midnight', () => {
		const pages = new PageCache({ maxBytes: 1000 });
		const summerMidnight = Date.parse('2019-06-01T23:00:00Z'); // 00:00 on 2 June in London
		const long = { ...current, maxAgeSeconds: 3600 };
		pages.set('/research/a', page(10, 'v1', summerMidnight - 1));
		expect(pages.get('/research/a', long, summerMidnight - 1)).toBeDefined();
		expect(pages.get('/research/a', long, summerMidnight)).toBeUndefined();
		pages.set('/research/a', page(10, 'v1', summerMidnight));
		expect(pages.get('/research/a', long, summerMidnight + 1)).toBeDefined();
	});

	it('keeps its copies within its size, dropping the least recently read first', () => {
		const pages = new PageCache({ maxBytes: 100 });
		pages.set('/a', page(40));
		pages.set('/b', page(40));
		pages.get('/a', current, 1_000_001); // /b is now the least recently read
		pages.set('/c', page(40));
		expect(pages.bytes).toBe(80);
		expect(pages.get('/b', current, 1_000_001)).toBeUndefined();
		expect(pages.get('/a', current, 1_000_001)).toBeDefined();
		expect(pages.get('/c', current, 1_000_001)).toBeDefined();

		pages.set('/a', page(30)); // a new copy replaces the old one's bytes
		expect(pages.bytes).toBe(70);
		pages.set('/huge', page(101));
		expect(pages.get('/huge', current, 1_000_001)).toBeUndefined();
		expect(pages.bytes).toBe(70);
	});
});
