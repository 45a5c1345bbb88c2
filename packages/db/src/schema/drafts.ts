import type { ContentKind, DraftState } from '@whatworks/domain';
import { sql } from 'drizzle-orm';
import {
	check,
	index,
	integer,
	pgTable,
	serial,
	text,
	timestamp,
	uniqueIndex,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { revisions } from './revisions.js';
import { users } from './users.js';

/**
 * Drafts of every kind of public content moving through the editorial workflow. Each is a proposed
 * version of one item; its content is in its revisions. At most one is open (draft or in review)
 * per live item; a published one stays live until the next published draft supersedes it.
 */
export const drafts = pgTable(
	'drafts',
	{
		id: serial().primaryKey(),
		kind: text().$type<ContentKind>().notNull(),
		/** The live item's web address when the draft changes one; null for a new item. */
		targetSlug: text(),
		state: text().$type<DraftState>().notNull(),
		authorId: integer()
			.notNull()
			.references(() => users.id),
		lastEditorId: integer()
			.notNull()
			.references(() => users.id),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		publishedAt: timestamp({ withTimezone: true }),
		/** The public change note; null for minor changes and drafts not published. */
		changeNote: text(),
		/**
		 * For a new intervention shown as coming soon: the month its review is expected (YYYY-MM),
		 * and the revision whose name and summary readers see meanwhile. Null when not announced.
		 */
		comingSoonMonth: text(),
		comingSoonRevisionId: integer().references((): AnyPgColumn => revisions.id)
	},
	(table) => [
		index().on(table.kind, table.targetSlug, table.publishedAt),
		index().on(table.state, table.updatedAt),
		uniqueIndex('drafts_one_open_per_item')
			.on(table.kind, table.targetSlug)
			.where(sql`state in ('draft', 'in-review')`),
		check(
			'drafts_coming_soon_whole',
			sql`(${table.comingSoonMonth} is null) = (${table.comingSoonRevisionId} is null)`
		)
	]
);

/** Reviewers' comments on a draft, e.g. when sending it back for changes. */
export const draftComments = pgTable(
	'draft_comments',
	{
		id: serial().primaryKey(),
		draftId: integer()
			.notNull()
			.references(() => drafts.id, { onDelete: 'cascade' }),
		authorId: integer()
			.notNull()
			.references(() => users.id),
		at: timestamp({ withTimezone: true }).notNull().defaultNow(),
		text: text().notNull()
	},
	(table) => [index().on(table.draftId)]
);
