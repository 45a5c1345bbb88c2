import type { Feed, FeedFormat } from '@whatworks/domain';
import { generateAtomFeed, generateJsonFeed } from 'feedsmith';

/** Who publishes every feed, as Atom asks of a feed whose entries may have no author. */
const publisher = 'What Works Centre for Children’s Social Care';

/** Where a feed lives and the list page it follows, as absolute addresses. */
export interface FeedAddresses {
	/** The feed's own address, with its filters. */
	self: string;
	/** The list page with the same filters. */
	list: string;
	origin: string;
}

/**
 * A feed as an Atom (RFC 4287) or a JSON Feed 1.1 document, written by feedsmith, with the ids
 * the API gave the feed and each entry, and an entry's picture where it has one.
 */
export function feedDocument(feed: Feed, format: FeedFormat, at: FeedAddresses): string {
	const pageOf = (path: string) => new URL(path, at.origin).href;
	const updated = feed.entries.reduce(
		(latest, entry) => (entry.updatedAt > latest ? entry.updatedAt : latest),
		feed.entries[0]?.updatedAt ?? '1970-01-01T00:00:00.000Z'
	);
	if (format === 'json') {
		return JSON.stringify(
			generateJsonFeed({
				title: feed.title,
				home_page_url: at.list,
				feed_url: at.self,
				authors: [{ name: publisher }],
				language: 'en-GB',
				items: feed.entries.map((entry) => ({
					id: entry.id,
					url: pageOf(entry.path),
					title: entry.title,
					summary: entry.summary,
					content_text: entry.summary,
					date_published: new Date(entry.publishedAt),
					date_modified: new Date(entry.updatedAt),
					...(entry.image ? { image: pageOf(entry.image) } : {}),
					...(entry.authors.length > 0 ? { authors: entry.authors.map((name) => ({ name })) } : {})
				}))
			})
		);
	}
	return generateAtomFeed({
		id: feed.id,
		title: { value: feed.title, type: 'text' },
		updated: new Date(updated),
		authors: [{ name: publisher }],
		links: [
			{ href: at.self, rel: 'self', type: 'application/atom+xml' },
			{ href: at.list, rel: 'alternate', type: 'text/html' }
		],
		entries: feed.entries.map((entry) => ({
			id: entry.id,
			title: { value: entry.title, type: 'text' },
			summary: { value: entry.summary, type: 'text' },
			published: new Date(entry.publishedAt),
			updated: new Date(entry.updatedAt),
			links: [
				{ href: pageOf(entry.path), rel: 'alternate', type: 'text/html' },
				// Its picture, as feed readers that show one look for it.
				...(entry.image
					? [{ href: pageOf(entry.image), rel: 'enclosure', type: 'image/jpeg' }]
					: [])
			],
			authors: entry.authors.map((name) => ({ name }))
		}))
	});
}
