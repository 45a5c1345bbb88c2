import { pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/** Staff accounts. No password until the invite is accepted; disabled accounts keep their history. */
export const users = pgTable('users', {
	id: serial().primaryKey(),
	/** Lower-cased, so one person has one account. */
	email: text().notNull().unique(),
	name: text().notNull(),
	/** argon2id PHC string; null until the invite is accepted. */
	passwordHash: text(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	disabledAt: timestamp({ withTimezone: true })
});
