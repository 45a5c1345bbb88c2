import type { Effectiveness, Strength } from '@whatworks/domain';
import { integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { outcomeRatings } from './outcome-ratings.js';

/** A reviewer's rating in place of the computed one; at most one per outcome. */
export const ratingOverrides = pgTable('rating_overrides', {
	id: serial().primaryKey(),
	outcomeRatingId: integer()
		.notNull()
		.unique()
		.references(() => outcomeRatings.id, { onDelete: 'cascade' }),
	effectiveness: text().$type<Effectiveness>().notNull(),
	strength: text().$type<Strength>().notNull(),
	justification: text().notNull(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});
