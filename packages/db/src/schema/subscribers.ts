import type { NewsletterTopic } from '@whatworks/domain';
import { index, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Readers of the e-newsletter: an address, its topics and when it confirmed or left. Nothing
 * else about them is kept. Unconfirmed rows go after 7 days, rows that left everything after 28
 * (the retention job), leaving only a keyed hash in `mail_suppressions`.
 */
export const subscribers = pgTable(
	'subscribers',
	{
		id: serial().primaryKey(),
		/** Trimmed and lower-cased. */
		email: text().notNull().unique(),
		topics: text().array().$type<NewsletterTopic[]>().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		confirmedAt: timestamp({ withTimezone: true }),
		leftAt: timestamp({ withTimezone: true })
	},
	(table) => [index().on(table.createdAt), index().on(table.leftAt)]
);
