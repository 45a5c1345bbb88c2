import type { SitemapPage } from '@whatworks/domain';
import { createApi, fromApi } from './api';
import { sitePages } from './sitemap-documents';

/** Every public page: the site's own, then every item of every kind the API lists. */
export async function allSitemapPages(): Promise<SitemapPage[]> {
	return [...sitePages, ...(await fromApi(createApi().sitemap.pages.query()))];
}
