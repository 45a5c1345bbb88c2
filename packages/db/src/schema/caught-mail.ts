import { pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Messages the embedded default keeps instead of sending (no `SMTP_URL`), for admins to read in
 * the console: the header block exactly as it would have gone, and both parts.
 */
export const caughtMail = pgTable('caught_mail', {
	id: serial().primaryKey(),
	messageId: text().notNull(),
	recipient: text().notNull(),
	subject: text().notNull(),
	headers: text().notNull(),
	html: text().notNull(),
	text: text().notNull(),
	caughtAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});
