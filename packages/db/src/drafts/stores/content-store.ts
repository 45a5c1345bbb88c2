import type { ContentKind, ContentOf, FeedEntry } from '@whatworks/domain';
import type { Database } from '../../client.js';
import type { ListedItem } from '../../queries/listed-items.js';

/** What publishing writes: the content, and the live item it replaces (null for a new item). */
export interface PublishedItem<K extends ContentKind> {
	targetSlug: string | null;
	content: ContentOf<K>;
	now: Date;
	/** The public change note of a major update; null for a minor one or a new item. */
	changeNote: string | null;
}

/**
 * Where one kind of content lives once published: how a draft reads the live item it starts
 * from, and how publishing writes it. The workflow itself (drafts, revisions, review) is the same
 * for every kind and knows nothing of these tables.
 */
export interface ContentStore<K extends ContentKind> {
	/** The live item's content by its web address, as a draft of it starts; null when there is none. */
	live: (db: Database, params: { slug: string }) => Promise<ContentOf<K> | null>;
	/** Writes the content to the live tables, in the publishing transaction. */
	publish: (tx: Database, item: PublishedItem<K>) => Promise<void>;
	/** Takes the item off the site, for kinds the domain calls unpublishable. */
	unpublish?: (tx: Database, params: { slug: string }) => Promise<void>;
	/** Every item readers see, for the sitemap. */
	listed: (db: Database) => Promise<ListedItem[]>;
	/**
	 * The newest entries of the kind's feed, for kinds the domain gives one; `filters` are the
	 * feed's own, as its registration validated them.
	 */
	feed?: (db: Database, filters: object) => Promise<FeedEntry[]>;
}
