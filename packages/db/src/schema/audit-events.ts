import {
	bigint,
	bigserial,
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { users } from './users.js';

/**
 * The append-only audit log: who did what, when (UTC), to which revisions. A trigger refuses
 * every UPDATE and DELETE, the server's role may only insert and read, and each entry's hash
 * covers the one before, so history cannot be rewritten or cut short unnoticed.
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
		detail: jsonb().$type<Record<string, unknown>>().notNull().default({}),
		/**
		 * The entry's place in the hash chain and its hash, which covers the one before it: both
		 * set by the database as the entry is written (see migration 0016), never by the server.
		 */
		chainSeq: bigint({ mode: 'number' }),
		chainHash: text()
	},
	(table) => [
		index().on(table.at),
		index().on(table.actorId, table.at),
		uniqueIndex().on(table.chainSeq)
	]
);
