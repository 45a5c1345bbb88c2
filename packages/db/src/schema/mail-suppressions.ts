import type { SuppressionReason } from '@whatworks/domain';
import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Addresses never mailed again: after a permanent failure, a complaint, or leaving everything.
 * Only a keyed hash of the address is kept, so the list names nobody, yet a new message to the
 * same address is recognised.
 */
export const mailSuppressions = pgTable('mail_suppressions', {
	addressHash: text().primaryKey(),
	reason: text().$type<SuppressionReason>().notNull(),
	at: timestamp({ withTimezone: true }).notNull().defaultNow()
});
