import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, encode, isCompressible } from './encoding';

describe('chooseEncoding', () => {
	it.each([
		['gzip, deflate, br, zstd', 'br'], // Chrome: ties go to brotli, the smaller
		['gzip, deflate', 'gzip'],
		['br;q=0.5, gzip', 'gzip'],
		['gzip;q=0, br;q=0', 'identity'],
		['deflate', 'identity'],
		['', 'identity'],
		[undefined, 'identity'],
		['*', 'br'],
		['nonsense;;;q=x', 'identity']
	])('reads %j as %s', (header, expected) => {
		expect(chooseEncoding(header)).toBe(expected);
		expect(chooseEncoding(header)).toBe(expected); // and the same when it is remembered
	});
});

describe('encode', () => {
	it('compresses a page so that browsers get back exactly its bytes, much smaller', async () => {
		const page = new TextEncoder().encode(
			`<!doctype html>${'<p>Family group conferences</p>'.repeat(500)}`
		);
		const br = await encode(page, 'br', 'kept');
		const gzip = await encode(page, 'gzip', 'kept');
		expect(brotliDecompressSync(br)).toEqual(Buffer.from(page));
		expect(gunzipSync(gzip)).toEqual(Buffer.from(page));
		expect(br.byteLength).toBeLessThan(page.byteLength / 10);
		expect(await encode(page, 'identity', 'kept')).toBe(page);
	});
});

describe('encode by effort', () => {
	it('compresses a copy kept for many readers smaller than a page sent once', async () => {
		const rows = Array.from(
			{ length: 2000 },
			(_, i) =>
				`<tr><th><a href="/partners/area-${(i * 7919) % 1000}">Area ${i}</a></th><td>${(i * 37) % 101} children</td></tr>`
		);
		const page = new TextEncoder().encode(`<!doctype html><table>${rows.join('')}</table>`);
		for (const encoding of ['br', 'gzip'] as const) {
			const kept = await encode(page, encoding, 'kept');
			const once = await encode(page, encoding, 'once');
			expect(kept.byteLength, encoding).toBeLessThan(once.byteLength);
			const decompress = encoding === 'br' ? brotliDecompressSync : gunzipSync;
			expect(decompress(once)).toEqual(Buffer.from(page));
		}
	});
});

describe('isCompressible', () => {
	it('compresses text, never what is compressed already', () => {
		for (const type of [
			'text/html; charset=utf-8',
			'text/csv',
			'application/json',
			'application/atom+xml',
			'application/feed+json'
		]) {
			expect(isCompressible(type), type).toBe(true);
		}
		for (const type of ['application/pdf', 'image/png', 'application/zip', null]) {
			expect(isCompressible(type), String(type)).toBe(false);
		}
	});
});
