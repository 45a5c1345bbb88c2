import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One-off events such as "demo content seeded", so they happen once per database. */
export const appEvents = pgTable('app_events', {
	key: text().primaryKey(),
	happenedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});
