import { integer, pgTable, serial, text } from 'drizzle-orm/pg-core';

/** Research programmes partners join, such as the Change Projects. */
export const programmes = pgTable('programmes', {
	id: serial().primaryKey(),
	slug: text().notNull().unique(),
	name: text().notNull(),
	description: text().notNull().default(''),
	budgetGbp: integer()
});
