import type { EditionState, RecordContent, RecordKind } from '@whatworks/domain';
import { sql } from 'drizzle-orm';
import {
	index,
	integer,
	jsonb,
	pgTable,
	serial,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { users } from './users.js';

/**
 * Drafts of research records (publications, projects, programmes, partners) in the review workflow. Each holds
 * the whole record; publishing writes it to the live tables. At most one is open per live record.
 */
export const recordDrafts = pgTable(
	'record_drafts',
	{
		id: serial().primaryKey(),
		kind: text().$type<RecordKind>().notNull(),
		/** The live record's slug when the draft changes one; null for a new record. */
		targetSlug: text(),
		state: text().$type<EditionState>().notNull(),
		content: jsonb().$type<RecordContent>().notNull(),
		authorId: integer()
			.notNull()
			.references(() => users.id),
		lastEditorId: integer()
			.notNull()
			.references(() => users.id),
		/** Everyone who saved it, for the rule that someone else approves. */
		contributorIds: jsonb().$type<number[]>().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		publishedAt: timestamp({ withTimezone: true }),
		changeNote: text()
	},
	(table) => [
		index().on(table.kind, table.state),
		uniqueIndex('record_drafts_one_open_per_record')
			.on(table.kind, table.targetSlug)
			.where(sql`state in ('draft', 'in-review')`)
	]
);
