import { error } from '@sveltejs/kit';
import { allSitemapPages } from '$lib/server/sitemap-pages';
import { pagesOfFile, urlsetDocument } from '$lib/server/sitemap-documents';
import type { RequestHandler } from './$types';

/** One file of a sitemap too large for one, as the sitemap index names them (`/sitemaps/2.xml`). */
export const GET: RequestHandler = async ({ params, url }) => {
	const file = /^([1-9]\d{0,5})\.xml$/.exec(params.file)?.[1];
	const pages = file ? pagesOfFile(await allSitemapPages(), Number(file)) : [];
	if (pages.length === 0) error(404, 'There is no sitemap file at this address.');
	return new Response(await urlsetDocument(pages, url.origin), {
		headers: { 'content-type': 'application/xml; charset=utf-8' }
	});
};
