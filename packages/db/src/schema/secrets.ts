import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Keys every server instance shares, made at random the first time one is needed: the key that
 * signs links in messages and hashes suppressed addresses.
 */
export const secrets = pgTable('secrets', {
	name: text().primaryKey(),
	/** base64url */
	value: text().notNull(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});
