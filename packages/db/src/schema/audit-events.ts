import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users.js';

/**
 * The append-only audit log: who did what, when (UTC), to which revisions. A trigger refuses
 * every UPDATE and DELETE, so not even the application's own role can rewrite history.
 */
export const auditEvents = pgTable(
	'audit_events',
	{
		id: bigserial({ mode: 'number' }).primaryKey(),
		at: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/** Null for the system itself (seeds, imports from the command line). */
		actorId: integer().references(() => users.id),
		action: text().notNull(),
		subjectType: text().notNull(),
		subjectId: text(),
		revisionIds: integer().array().notNull().default([]),
		detail: jsonb().$type<Record<string, unknown>>().notNull().default({})
	},
	(table) => [index().on(table.at), index().on(table.actorId, table.at)]
);
