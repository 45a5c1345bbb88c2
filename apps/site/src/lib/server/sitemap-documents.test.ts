import { parseSitemap, parseSitemapIndex } from 'sitemap';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { indexDocument, pagesOfFile, sitemapFileCount, urlsetDocument } from './sitemap-documents';

describe('sitemap documents', () => {
	it('lists every page with its date in one file while they fit, and splits them past the limit', async () => {
		const pages = Array.from({ length: 7 }, (_, index) => ({
			path: `/news/article-${index}`,
			lastChanged: index % 2 === 0 ? '2019-07-12' : null
		}));
		expect(sitemapFileCount(pages.length, 10)).toBe(1);
		expect(sitemapFileCount(pages.length, 3)).toBe(3);
		const files = [1, 2, 3].map((file) => pagesOfFile(pages, file, 3));
		expect(files.flat()).toEqual(pages);
		expect(pagesOfFile(pages, 4, 3)).toEqual([]);

		const xml = await urlsetDocument(pages, 'https://example.org');
		const read = await parseSitemap(Readable.from([xml]));
		expect(read.map((item) => item.url)).toEqual(
			pages.map((page) => `https://example.org${page.path}`)
		);
		expect(read[0]?.lastmod).toMatch(/^2019-07-12/);
		expect(read[1]?.lastmod).toBeUndefined();

		const index = await parseSitemapIndex(
			Readable.from([await indexDocument(3, 'https://example.org')])
		);
		expect(index.map((item) => item.url)).toEqual([
			'https://example.org/sitemaps/1.xml',
			'https://example.org/sitemaps/2.xml',
			'https://example.org/sitemaps/3.xml'
		]);
	});
});
