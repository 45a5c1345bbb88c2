import { index, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Each newsletter sign-up, kept for a day so that throttling per address and per network address
 * holds across server instances.
 */
export const signUpAttempts = pgTable(
	'sign_up_attempts',
	{
		id: serial().primaryKey(),
		email: text().notNull(),
		ipAddress: text().notNull(),
		at: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.email, table.at), index().on(table.ipAddress, table.at)]
);
