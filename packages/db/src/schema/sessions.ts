import { index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users.js';

/** Server-side staff sessions. Only a hash of the token is stored. */
export const sessions = pgTable(
	'sessions',
	{
		id: serial().primaryKey(),
		userId: integer()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		tokenHash: text().notNull().unique(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/** The absolute end, however active the session is. */
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		endedAt: timestamp({ withTimezone: true }),
		ipAddress: text(),
		userAgent: text()
	},
	(table) => [index().on(table.userId)]
);
