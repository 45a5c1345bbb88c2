import type { ContentKind } from '@whatworks/domain';
import { and, eq, max, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../client.js';
import { drafts } from '../schema/index.js';

/** A live item as the sitemap lists it: its web address and the day its page last changed. */
export interface ListedItem {
	slug: string;
	/** The London date (YYYY-MM-DD) of its last publication or its own date, whichever is later. */
	lastChanged: string | null;
}

/**
 * The live items of a kind's table, each dated by the later of its own date (a page-updated
 * date, say) and its last published draft.
 */
export async function listedItems(
	db: Database,
	{
		kind,
		table,
		slug,
		ownDate,
		live
	}: {
		kind: ContentKind;
		table: PgTable;
		slug: PgColumn;
		/** A date or instant of its own, when the table has one. */
		ownDate?: SQL | PgColumn;
		/** The condition holding for items readers see, when some are hidden. */
		live?: SQL;
	}
): Promise<ListedItem[]> {
	const lastPublished = db
		.select({ at: max(drafts.publishedAt) })
		.from(drafts)
		.where(and(eq(drafts.kind, kind), eq(drafts.targetSlug, slug)));
	const own = ownDate ? sql`${ownDate}::timestamptz` : sql`null::timestamptz`;
	return db
		.select({
			slug: sql<string>`${slug}`,
			lastChanged: sql<
				string | null
			>`to_char(greatest(${own}, (${lastPublished})) at time zone 'Europe/London', 'YYYY-MM-DD')`
		})
		.from(table)
		.where(live);
}
