import type {
	MessageContent,
	NewsletterEntry,
	NewsletterItem,
	NewsletterTopic
} from '@whatworks/domain';
import { date, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users.js';

/**
 * The e-newsletter's archive: each published issue, by number (its slug is the number as text).
 * `items` are as the editors drafted them; `entries` the words they brought in when the issue
 * was published, which its web page and its email show however those pages change since.
 */
export const newsletters = pgTable('newsletters', {
	id: serial().primaryKey(),
	slug: text().notNull().unique(),
	number: integer().notNull().unique(),
	title: text().notNull(),
	issuedOn: date({ mode: 'string' }).notNull(),
	introduction: text().notNull(),
	items: jsonb().$type<NewsletterItem[]>().notNull(),
	entries: jsonb().$type<NewsletterEntry[]>().notNull(),
	publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/**
 * One sending of an issue: to everyone or to chosen topics, at a time. Its message is kept here
 * once; each subscriber's row in the outbox names it, and the worker adds their own links as it
 * sends. `queuedAt` is set when the outbox rows were written, in one transaction, at `sendAt`.
 */
export const mailings = pgTable(
	'mailings',
	{
		id: serial().primaryKey(),
		newsletterId: integer()
			.notNull()
			.references(() => newsletters.id),
		message: jsonb().$type<MessageContent>().notNull(),
		/** Null for every confirmed subscriber. */
		topics: text().array().$type<NewsletterTopic[]>(),
		sendAt: timestamp({ withTimezone: true }).notNull(),
		queuedAt: timestamp({ withTimezone: true }),
		cancelledAt: timestamp({ withTimezone: true }),
		sentBy: integer()
			.notNull()
			.references(() => users.id),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.queuedAt, table.sendAt)]
);
