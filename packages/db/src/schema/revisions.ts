import type { ContentOf } from '@whatworks/domain';
import { integer, jsonb, pgTable, serial, timestamp, unique } from 'drizzle-orm/pg-core';
import { drafts } from './drafts.js';
import { users } from './users.js';

/**
 * Every save of a draft, numbered from 1, with the whole content of its kind. A trigger refuses
 * updates: revisions never change.
 */
export const revisions = pgTable(
	'revisions',
	{
		id: serial().primaryKey(),
		draftId: integer()
			.notNull()
			.references(() => drafts.id, { onDelete: 'cascade' }),
		number: integer().notNull(),
		content: jsonb().$type<ContentOf>().notNull(),
		savedBy: integer()
			.notNull()
			.references(() => users.id),
		savedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [unique().on(table.draftId, table.number)]
);
