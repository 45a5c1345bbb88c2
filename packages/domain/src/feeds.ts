import { z } from 'zod';
import { slugSchema } from './common.js';
import { rulesOf } from './content-kinds.js';
import { contentKindKeys, type ContentKind } from './kinded-content.js';

/** One entry of a feed, as the site writes it in Atom and in JSON Feed. */
export type FeedEntry = z.infer<typeof feedEntrySchema>;
/** Validates a feed entry. */
export const feedEntrySchema = z.object({
	id: z
		.string()
		.min(1)
		.describe('Never changes once the entry is published: feed readers know the entry by it'),
	title: z.string().min(1),
	summary: z.string(),
	path: z.string().startsWith('/').describe('The address of its page on the site'),
	publishedAt: z.iso.datetime({ offset: true }),
	updatedAt: z.iso.datetime({ offset: true }),
	authors: z.array(z.string()),
	image: z
		.string()
		.startsWith('/')
		.nullable()
		.describe('The address of the picture link previews show of its page, when it has one')
});

/** How many entries a feed carries: the newest. */
export const feedLength = 50;

/**
 * How a kind of content is offered as a feed: its name in the feed's address
 * (`/feeds/{name}.atom`), its title, the list page it follows, the filters of that page a feed
 * address may carry (a strict schema: a filter it does not have is refused), and those filters
 * in words for the feed's title.
 */
export interface FeedRegistration<Filters extends object = object> {
	name: string;
	title: string;
	listPath: string;
	filters: z.ZodType<Filters>;
	describe(filters: Filters): string[];
}

/** The feed formats, by the ending of their address. */
export const feedFormatKeys = ['atom', 'json'] as const;

/** One feed format. */
export type FeedFormat = (typeof feedFormatKeys)[number];

/** Media types of the feed formats, for `Content-Type` and `<link rel="alternate">`. */
export const feedMediaTypes = {
	atom: 'application/atom+xml',
	json: 'application/feed+json'
} as const satisfies Record<FeedFormat, string>;

/** Parameters of `feeds.get`: which feed, and the filters its address carries. */
export type FeedInput = z.infer<typeof feedInputSchema>;
/** Validates a feed request; the filters are then checked against the feed's own (strict). */
export const feedInputSchema = z.object({
	name: slugSchema,
	filters: z.record(z.string().max(40), z.union([z.string().max(200), z.int()])).default({})
});

/** A feed: its title (naming its filters), the list page it follows, and its newest entries. */
export type Feed = z.infer<typeof feedSchema>;
/** Validates a feed. */
export const feedSchema = z.object({
	id: z.string().min(1).describe('The same for the same feed and filters, in any order'),
	title: z.string().min(1),
	listPath: z.string().startsWith('/'),
	entries: z.array(feedEntrySchema).max(feedLength)
});

/**
 * A feed's title with its filters, as the feed reader lists it.
 * @example feedTitle('News', ['Blog posts', '2019']) // 'News: Blog posts, 2019'
 */
export function feedTitle(title: string, described: readonly string[]): string {
	return described.length > 0 ? `${title}: ${described.join(', ')}` : title;
}

/** A page of the site as its sitemap lists it. */
export type SitemapPage = z.infer<typeof sitemapPageSchema>;
/** Validates a sitemap entry. */
export const sitemapPageSchema = z.object({
	path: z.string().startsWith('/'),
	lastChanged: z.iso.date().nullable().describe('The London date it last changed, when known')
});

/** The most addresses one sitemap file may hold (sitemaps.org); past it, a sitemap index. */
export const sitemapFileLimit = 50_000;

/**
 * The kind whose feed has the name, with its feed; undefined when no kind's feed has it.
 * @example feedOfName('news')?.kind // 'article'
 */
export function feedOfName(
	name: string
): { kind: ContentKind; feed: FeedRegistration } | undefined {
	for (const kind of contentKindKeys) {
		const feed = rulesOf(kind).feed;
		if (feed?.name === name) return { kind, feed };
	}
	return undefined;
}
