import { integer, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { bytea } from './bytea.js';
import { users } from './users.js';

/**
 * Uploaded images (checked as JPEG, PNG or WebP of at most 10 MB). The upload itself is not kept,
 * only its sizes: what it was sent with (where a photo was taken, the camera's serial number) has
 * no place here.
 */
export const images = pgTable('images', {
	id: serial().primaryKey(),
	/** Its dimensions upright, after any rotation its camera recorded. */
	width: integer().notNull(),
	height: integer().notNull(),
	uploadedBy: integer()
		.notNull()
		.references(() => users.id),
	uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/** Each size an image is served at, made when it is uploaded, without metadata. */
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
