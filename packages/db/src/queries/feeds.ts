import {
	contentKinds,
	type ContentKind,
	type FeedEntry,
	type SitemapPage
} from '@whatworks/domain';
import type { Database } from '../client.js';
import { storeOf } from '../drafts/stores/index.js';
export { feedId } from './feed-entries.js';

/**
 * The newest entries of a kind's feed, filtered by the feed's own filters (already validated
 * by its registration). Throws for a kind without a feed: the domain and the stores disagree.
 */
export async function readFeedEntries(
	db: Database,
	{ kind, filters }: { kind: ContentKind; filters: object }
): Promise<FeedEntry[]> {
	const feed = storeOf(kind).feed;
	if (!feed) throw new Error(`The ${kind} store has no feed, though the domain gives it one`);
	return feed(db, filters);
}

/** The page of every item readers see, of every kind, at the address its kind gives it. */
export async function listItemPages(db: Database): Promise<SitemapPage[]> {
	const kinds = Object.keys(contentKinds) as ContentKind[];
	const listed = await Promise.all(kinds.map((kind) => storeOf(kind).listed(db)));
	return kinds.flatMap((kind, index) =>
		(listed[index] ?? []).map((item) => ({
			path: contentKinds[kind].path(item.slug),
			lastChanged: item.lastChanged
		}))
	);
}
