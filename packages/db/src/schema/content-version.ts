import { sql } from 'drizzle-orm';
import { boolean, check, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * What is published, as one value: the triggers of migration 0021 change it, and announce the new
 * value on the `content_version` channel, in the same transaction as any change readers could
 * see. Every server keeps copies of public answers only while the value it last heard is current,
 * so servers sharing a database agree on what is stale. One row only.
 */
export const contentVersion = pgTable(
	'content_version',
	{
		onlyRow: boolean().primaryKey().default(true),
		version: text().notNull()
	},
	(table) => [check('content_version_one_row', sql`${table.onlyRow}`)]
);
