import { allSitemapPages } from '$lib/server/sitemap-pages';
import { indexDocument, sitemapFileCount, urlsetDocument } from '$lib/server/sitemap-documents';
import type { RequestHandler } from './$types';

/** The sitemap of every public page; past 50,000 addresses, an index of sitemap files. */
export const GET: RequestHandler = async ({ url }) => {
	const pages = await allSitemapPages();
	const files = sitemapFileCount(pages.length);
	const xml =
		files === 1 ? await urlsetDocument(pages, url.origin) : await indexDocument(files, url.origin);
	return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
