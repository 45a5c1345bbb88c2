import type { MailStatus } from '@whatworks/domain';
import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	index,
	integer,
	jsonb,
	pgTable,
	serial,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { mailings } from './newsletters.js';

/**
 * Every message the platform sends, written in the same transaction as what causes it and sent by
 * whichever server's worker claims it first. A claim is a lease (`claimedBy`, `leaseUntil`)
 * committed before the mail server is spoken to: a worker that dies leaves a lease that runs out,
 * and another worker sends the message again.
 */
export const outbox = pgTable(
	'outbox',
	{
		id: serial().primaryKey(),
		/** Stable per purpose and recipient (`<newsletter-16.subscriber-42@host>`): one message, sent again, is known as one. */
		messageId: text().notNull().unique(),
		/**
		 * The mailing it belongs to, which holds its words once for every recipient: the worker
		 * writes the message out, with the subscriber's own links, as it sends. Null for a
		 * one-off message, whose words are in its own row.
		 */
		mailingId: integer().references(() => mailings.id),
		/** Whose links a mailing's message carries. */
		subscriberId: integer(),
		recipient: text().notNull(),
		subject: text(),
		html: text(),
		text: text(),
		/** Further headers: List-Unsubscribe and its one-click POST, List-Id. */
		headers: jsonb().$type<Record<string, string>>(),
		/**
		 * A message asking its reader to confirm a sign-up: it goes even to an address that chose
		 * to leave (they are asking to come back), never to one that bounced or complained.
		 */
		toConfirm: boolean().notNull().default(false),
		status: text().$type<MailStatus>().notNull().default('queued'),
		attempts: integer().notNull().default(0),
		/** Not to be tried before this: now when queued, later after a temporary failure. */
		notBefore: timestamp({ withTimezone: true }).notNull().defaultNow(),
		claimedBy: text(),
		leaseUntil: timestamp({ withTimezone: true }),
		lastError: text(),
		queuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/** When it was sent, failed for good or was suppressed. */
		finishedAt: timestamp({ withTimezone: true })
	},
	(table) => [
		check(
			'outbox_words_somewhere',
			sql`(${table.mailingId} is null) = (${table.subject} is not null and ${table.html} is not null and ${table.text} is not null and ${table.headers} is not null)`
		),
		check(
			'outbox_mailing_recipient',
			sql`(${table.mailingId} is null) = (${table.subscriberId} is null)`
		),
		// The claim's order: one-off messages first, then the oldest due.
		index('outbox_claim_index').on(
			table.status,
			sql`(${table.mailingId} is not null)`,
			table.notBefore,
			table.id
		),
		index().on(table.mailingId, table.status),
		index().on(table.finishedAt)
	]
);
