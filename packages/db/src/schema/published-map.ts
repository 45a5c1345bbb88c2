import type { MapArea } from '@whatworks/domain';
import { sql } from 'drizzle-orm';
import { boolean, check, json, pgTable } from 'drizzle-orm/pg-core';

/**
 * The map of partners as readers see it, worked out when what it shows changes rather than for
 * every reader: the triggers of migration 0024 write it again, in the same statement, whenever
 * an authority's boundary, a partner, a participation or a programme changes. One row only.
 */
export const publishedMap = pgTable(
	'published_map',
	{
		onlyRow: boolean().primaryKey().default(true),
		areas: json().$type<MapArea[]>().notNull()
	},
	(table) => [check('published_map_one_row', sql`${table.onlyRow}`)]
);
