import { customType, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users.js';

// postgres.js reads bytea as a Buffer, PGlite as a Uint8Array: both become a plain Uint8Array view.
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
	dataType: () => 'bytea',
	fromDriver: (value) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
});

/**
 * Uploaded reports, kept in the database so they are backed up, transactional and never reached
 * through a file path a user chose. Checked as PDFs of at most 20 MB before they are stored.
 */
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
