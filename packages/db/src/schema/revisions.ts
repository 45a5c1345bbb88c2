import type { InterventionContent } from '@whatworks/domain';
import { integer, jsonb, pgTable, serial, timestamp, unique } from 'drizzle-orm/pg-core';
import { editions } from './editions.js';
import { users } from './users.js';

/** Every save of an edition, numbered from 1. A trigger refuses updates: revisions never change. */
export const revisions = pgTable(
	'revisions',
	{
		id: serial().primaryKey(),
		editionId: integer()
			.notNull()
			.references(() => editions.id, { onDelete: 'cascade' }),
		number: integer().notNull(),
		content: jsonb().$type<InterventionContent>().notNull(),
		savedBy: integer()
			.notNull()
			.references(() => users.id),
		savedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [unique().on(table.editionId, table.number)]
);
