import { boolean, index, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Every sign-in attempt, kept in the database so throttling holds across server instances and
 * restarts. The email is stored as typed (lower-cased), whether or not it has an account.
 */
export const signInAttempts = pgTable(
	'sign_in_attempts',
	{
		id: serial().primaryKey(),
		email: text().notNull(),
		ipAddress: text().notNull(),
		succeeded: boolean().notNull(),
		at: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.email, table.at), index().on(table.ipAddress, table.at)]
);
