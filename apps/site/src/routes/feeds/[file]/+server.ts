import { error } from '@sveltejs/kit';
import { feedFormatKeys, feedMediaTypes, feedOfName } from '@whatworks/domain';
import { createApi, fromApi } from '$lib/server/api';
import { feedDocument } from '$lib/server/feed-documents';
import { readFeedFilters } from '$lib/search-params';
import type { RequestHandler } from './$types';

/** A feed in one format, e.g. `/feeds/news.atom?type=blog-post`: any kind's registered feed. */
export const GET: RequestHandler = async ({ params, url }) => {
	const match = /^([a-z0-9-]+)\.([a-z]+)$/.exec(params.file);
	const format = feedFormatKeys.find((key) => key === match?.[2]);
	const registered = match?.[1] ? feedOfName(match[1]) : undefined;
	if (!match?.[1] || !format || !registered) error(404, 'There is no feed at this address.');
	const name = match[1];
	const filters = readFeedFilters(registered.feed.filters, url.searchParams);
	const feed = await fromApi(
		createApi().feeds.get.query({ name, filters: filters as Record<string, string | number> })
	);
	const list = new URL(registered.feed.listPath, url.origin);
	for (const [key, value] of Object.entries(filters)) list.searchParams.set(key, String(value));
	const self = new URL(url.pathname, url.origin);
	self.search = list.search;
	return new Response(
		feedDocument(feed, format, {
			self: self.href,
			list: list.href,
			origin: url.origin
		}),
		{
			headers: { 'content-type': `${feedMediaTypes[format]}; charset=utf-8` }
		}
	);
};
