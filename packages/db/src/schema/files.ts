import { integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { bytea } from './bytea.js';
import { users } from './users.js';

/** Uploaded reports, checked as PDFs of at most 20 MB before they are stored. */
export const files = pgTable('files', {
	id: serial().primaryKey(),
	/** The name it downloads as, made safe at upload. */
	name: text().notNull(),
	contentType: text().notNull(),
	bytes: integer().notNull(),
	sha256: text().notNull(),
	content: bytea().notNull(),
	uploadedBy: integer()
		.notNull()
		.references(() => users.id),
	uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});
