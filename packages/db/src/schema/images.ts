import { integer, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { bytea } from './bytea.js';
import { users } from './users.js';

/**
 * Uploaded images as they were sent (checked as JPEG, PNG or WebP of at most 10 MB), kept so new
 * sizes can be made later; pages are served the renditions.
 */
export const images = pgTable('images', {
	id: serial().primaryKey(),
	contentType: text().notNull(),
	/** Its dimensions upright, after any rotation its camera recorded. */
	width: integer().notNull(),
	height: integer().notNull(),
	bytes: integer().notNull(),
	sha256: text().notNull(),
	content: bytea().notNull(),
	uploadedBy: integer()
		.notNull()
		.references(() => users.id),
	uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/** Each size an image is served at, made when it is uploaded; its metadata (GPS and all) gone. */
export const imageRenditions = pgTable(
	'image_renditions',
	{
		imageId: integer()
			.notNull()
			.references(() => images.id, { onDelete: 'cascade' }),
		width: integer().notNull(),
		format: text().$type<'webp' | 'jpeg'>().notNull(),
		sha256: text().notNull(),
		content: bytea().notNull()
	},
	(table) => [primaryKey({ columns: [table.imageId, table.format, table.width] })]
);
