import { describe, expect, it } from 'vitest';
import { encodePage } from './encoded-page';

const page = (text: string) => new TextEncoder().encode(`<!doctype html><h1>${text}</h1>`);
const html = () => new Headers({ 'content-type': 'text/html' });

describe('encodePage', () => {
	it('gives a page without an ETag one of its bytes, the same for the same page', async () => {
		const first = await encodePage(html(), page('Kinship care'), 'identity');
		const again = await encodePage(html(), page('Kinship care'), 'identity');
		const changed = await encodePage(html(), page('Kinship foster care'), 'identity');
		expect(first.etag).toMatch(/^"[\w-]{27}"$/);
		expect(again.etag).toBe(first.etag);
		expect(changed.etag).not.toBe(first.etag);
		expect(first.headers).toEqual(expect.arrayContaining(['etag', first.etag]));
	});

	it('names each encoding in the ETag, since its bytes differ', async () => {
		const plain = await encodePage(html(), page('Kinship care'), 'identity');
		const gzip = await encodePage(html(), page('Kinship care'), 'gzip', { effort: 'kept' });
		expect(gzip.etag).toBe(`${plain.etag?.slice(0, -1)}-gzip"`);
	});

	it('marks a page compressed for one reader as the kept copy in other bytes (a weak ETag)', async () => {
		const kept = await encodePage(html(), page('Kinship care'), 'br', { effort: 'kept' });
		const once = await encodePage(html(), page('Kinship care'), 'br', { effort: 'once' });
		expect(once.etag).toBe(`W/${kept.etag}`);
		const plain = await encodePage(html(), page('Kinship care'), 'identity', { effort: 'once' });
		expect(plain.etag).not.toMatch(/^W\//); // the same bytes either way
	});

	it('keeps an ETag the page came with', async () => {
		const headers = new Headers({ 'content-type': 'text/html', etag: '"abc"' });
		const { etag } = await encodePage(headers, page('Kinship care'), 'br', { effort: 'kept' });
		expect(etag).toBe('"abc-br"');
	});
});
