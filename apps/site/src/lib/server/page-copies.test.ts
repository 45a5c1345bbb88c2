import { describe, expect, it } from 'vitest';
import { isAnonymousRead, PageCopies, type PageCopy } from './page-copies';

const current = { version: 'v1', maxAgeSeconds: 60 };
const encoded = (bytes: number) => ({ headers: [], body: new Uint8Array(bytes), etag: null });
/** A copy of `bytes` in each of its three encodings. */
const page = (bytes: number, version = 'v1', renderedAt = 1_000_000): PageCopy => ({
	encoded: { br: encoded(bytes), gzip: encoded(bytes), identity: encoded(bytes) },
	version,
	renderedAt
});
const copiesOf = (maxBytes: number, version = current) => {
	const copies = new PageCopies({ maxBytes });
	copies.current = version;
	return copies;
};

describe('PageCopies', () => {
	it('serves a copy only while nothing was published since and it is younger than the API’s answers', () => {
		const copies = copiesOf(1000);
		copies.set('/a', page(10));
		expect(copies.get('/a', 1_000_000 + 59_999)?.encoded.br.body.byteLength).toBe(10);
		copies.set('/b', page(10));
		expect(copies.get('/b', 1_000_000 + 60_000)).toBeUndefined();

		copies.current = { version: 'v2', maxAgeSeconds: 60 }; // something was published
		expect(copies.get('/a', 1_000_001)).toBeUndefined();
		expect(copies.bytes).toBe(0);
		copies.set('/a', page(10, 'v1')); // rendered before the publication: never kept
		expect(copies.get('/a', 1_000_001)).toBeUndefined();
	});

	it('keeps and serves nothing while the API is not heard', () => {
		const copies = copiesOf(1000);
		copies.set('/a', page(10));
		copies.current = null;
		expect(copies.get('/a', 1_000_001)).toBeUndefined();
		copies.set('/a', page(10));
		expect(copies.bytes).toBe(0);
		copies.current = current; // heard again: the same version, but copies made before are gone
		expect(copies.get('/a', 1_000_001)).toBeUndefined();
	});

	it('never serves a copy rendered before the last London midnight', () => {
		const summerMidnight = Date.parse('2019-06-01T23:00:00Z'); // 00:00 on 2 June in London
		const copies = copiesOf(1000, { ...current, maxAgeSeconds: 3600 });
		copies.set('/research/a', page(10, 'v1', summerMidnight - 1));
		expect(copies.get('/research/a', summerMidnight - 1)).toBeDefined();
		expect(copies.get('/research/a', summerMidnight)).toBeUndefined();
		copies.set('/research/a', page(10, 'v1', summerMidnight));
		expect(copies.get('/research/a', summerMidnight + 1)).toBeDefined();
	});

	it('keeps its copies within its size, counting every encoding, least recently read first out', () => {
		const copies = copiesOf(300);
		copies.set('/a', page(40));
		copies.set('/b', page(40));
		copies.get('/a', 1_000_001); // /b is now the least recently read
		copies.set('/c', page(40));
		expect(copies.bytes).toBe(240);
		expect(copies.get('/b', 1_000_001)).toBeUndefined();
		expect(copies.get('/a', 1_000_001)).toBeDefined();
		expect(copies.get('/c', 1_000_001)).toBeDefined();

		copies.set('/a', page(30)); // a new copy replaces the old one's bytes
		expect(copies.bytes).toBe(210);
		copies.set('/huge', page(101));
		expect(copies.get('/huge', 1_000_001)).toBeUndefined();
		expect(copies.bytes).toBe(210);
	});

	it('tells onKept of the copies it renders and keeps, not of those another process sent', () => {
		const copies = copiesOf(1000);
		const told: string[] = [];
		copies.onKept = (address) => told.push(address);
		copies.set('/rendered', page(10));
		copies.set('/shared', page(10), 'shared');
		copies.set('/stale', page(10, 'v0'));
		expect(told).toEqual(['/rendered']);
		expect(copies.get('/shared', 1_000_001)).toBeDefined();
	});
});

describe('isAnonymousRead', () => {
	const none = () => false;
	it('lets plain reads use copies, and nothing that sends a form, a cookie or credentials', () => {
		expect(isAnonymousRead('GET', none)).toBe(true);
		expect(isAnonymousRead('HEAD', none)).toBe(true);
		expect(isAnonymousRead('POST', none)).toBe(false);
		expect(isAnonymousRead('GET', (name) => name === 'cookie')).toBe(false);
		expect(isAnonymousRead('GET', (name) => name === 'authorization')).toBe(false);
	});
});
