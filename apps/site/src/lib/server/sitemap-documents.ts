import { sitemapFileLimit, type SitemapPage } from '@whatworks/domain';
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';

/** The site's own pages that no kind of content registers: its front doors and lists. */
export const sitePages: readonly SitemapPage[] = [
	'/',
	'/evidence-store',
	'/evidence-store/our-ratings-explained',
	'/evidence-store/ratings-matrix',
	'/evidence-store/open-data',
	'/partners',
	'/research',
	'/publications',
	'/news',
	'/newsletters',
	'/accessibility'
].map((path) => ({ path, lastChanged: null }));

/**
 * How many sitemap files the pages need: one while they fit in one, else one per
 * `limit` pages, named from an index.
 * @example sitemapFileCount(120_000) // 3
 */
export function sitemapFileCount(pageCount: number, limit = sitemapFileLimit): number {
	return Math.max(1, Math.ceil(pageCount / limit));
}

/** The pages of one sitemap file, numbered from 1; empty past the last. */
export function pagesOfFile<T>(pages: readonly T[], file: number, limit = sitemapFileLimit): T[] {
	return pages.slice((file - 1) * limit, file * limit);
}

/** A sitemap (sitemaps.org) of the pages, written by the `sitemap` library. */
export async function urlsetDocument(
	pages: readonly SitemapPage[],
	origin: string
): Promise<string> {
	const stream = new SitemapStream({ hostname: origin });
	const written = streamToPromise(stream);
	for (const page of pages) {
		stream.write({ url: page.path, ...(page.lastChanged ? { lastmod: page.lastChanged } : {}) });
	}
	stream.end();
	return (await written).toString();
}

/** A sitemap index naming each sitemap file (`/sitemaps/1.xml`, …). */
export async function indexDocument(fileCount: number, origin: string): Promise<string> {
	const stream = new SitemapIndexStream();
	const written = streamToPromise(stream);
	for (let file = 1; file <= fileCount; file += 1) {
		stream.write({ url: new URL(`/sitemaps/${file}.xml`, origin).href });
	}
	stream.end();
	return (await written).toString();
}
