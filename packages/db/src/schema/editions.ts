import type { EditionState } from '@whatworks/domain';
import { sql } from 'drizzle-orm';
import { index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { interventions } from './interventions.js';
import { users } from './users.js';

/**
 * Editions of an intervention's page moving through the editorial workflow. At most one is open
 * (draft or in review) at a time; the published one stays live until another replaces it.
 */
export const editions = pgTable(
	'editions',
	{
		id: serial().primaryKey(),
		interventionId: integer()
			.notNull()
			.references(() => interventions.id, { onDelete: 'cascade' }),
		state: text().$type<EditionState>().notNull(),
		authorId: integer()
			.notNull()
			.references(() => users.id),
		lastEditorId: integer()
			.notNull()
			.references(() => users.id),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		publishedAt: timestamp({ withTimezone: true }),
		/** The public change note; null for minor changes and unpublished editions. */
		changeNote: text()
	},
	(table) => [
		index().on(table.interventionId, table.publishedAt),
		uniqueIndex('editions_one_open_per_intervention')
			.on(table.interventionId)
			.where(sql`state in ('draft', 'in-review')`)
	]
);

/** Reviewers' comments on an edition, e.g. when sending it back for changes. */
export const editionComments = pgTable(
	'edition_comments',
	{
		id: serial().primaryKey(),
		editionId: integer()
			.notNull()
			.references(() => editions.id, { onDelete: 'cascade' }),
		authorId: integer()
			.notNull()
			.references(() => users.id),
		at: timestamp({ withTimezone: true }).notNull().defaultNow(),
		text: text().notNull()
	},
	(table) => [index().on(table.editionId)]
);
