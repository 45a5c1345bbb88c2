import type { ResearchTheme } from '@whatworks/domain';
import { date, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';

/** Research programmes partners join, such as the Change Projects. */
export const programmes = pgTable('programmes', {
	id: serial().primaryKey(),
	slug: text().notNull().unique(),
	name: text().notNull(),
	description: text().notNull().default(''),
	theme: text().$type<ResearchTheme>(),
	startDate: date({ mode: 'string' }),
	endDate: date({ mode: 'string' }),
	budgetGbp: integer()
});
