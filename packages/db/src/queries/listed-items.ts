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

/** The London calendar day of an instant, as a `date`. */
export function londonDay(instant: SQL | PgColumn): SQL {
	return sql`(${instant} at time zone 'Europe/London')::date`;
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
		/** A London date of its own (a `date` column, or an instant as `londonDay` gives it), if any. */
		ownDate?: SQL | PgColumn;
		/** The condition holding for items readers see, when some are hidden. */
		live?: SQL;
	}
): Promise<ListedItem[]> {
	const lastPublished = db
		.select({ at: max(drafts.publishedAt) })
		.from(drafts)
		.where(and(eq(drafts.kind, kind), eq(drafts.targetSlug, slug)));
	// Days, not instants: a date column has no time zone to move it, whatever the session's.
	const own = ownDate ? sql`${ownDate}::date` : sql`null::date`;
	return db
		.select({
			slug: sql<string>`${slug}`,
			lastChanged: sql<
				string | null
			>`to_char(greatest(${own}, ${londonDay(sql`(${lastPublished})`)}), 'YYYY-MM-DD')`
		})
		.from(table)
		.where(live);
}
