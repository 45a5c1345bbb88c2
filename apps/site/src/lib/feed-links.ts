import { feedFormatKeys, feedMediaTypes, feedOfName, feedTitle } from '@whatworks/domain';
import { readFeedFilters } from './search-params';

/** A feed of a list page, in each format: what `<link rel="alternate">` and the page name. */
export interface FeedLink {
	title: string;
	type: string;
	href: string;
	/** What the format is called, for a visible link. */
	format: string;
}

/** The names of the formats for people. */
const formatNames = { atom: 'Atom', json: 'JSON Feed' } as const;

/**
 * The feeds following a list page with the filters of its address, in every format; none when
 * no kind registers a feed of that name. The filters kept are those the feed has.
 * @example feedLinks('news', new URLSearchParams('type=blog-post'))[0]?.href // '/feeds/news.atom?type=blog-post'
 */
export function feedLinks(name: string, params: URLSearchParams): FeedLink[] {
	const registered = feedOfName(name);
	if (!registered) return [];
	const { feed } = registered;
	const filters = readFeedFilters(feed.filters, params);
	const parsed = feed.filters.safeParse(filters).data ?? {};
	const query = new URLSearchParams(
		Object.entries(filters).map(([key, value]) => [key, String(value)])
	).toString();
	return feedFormatKeys.map((format) => ({
		title: feedTitle(feed.title, feed.describe(parsed)),
		type: feedMediaTypes[format],
		href: `/feeds/${name}.${format}${query ? `?${query}` : ''}`,
		format: formatNames[format]
	}));
}
