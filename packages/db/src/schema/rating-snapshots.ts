import type {
	Effectiveness,
	EffectMetric,
	PooledEffect,
	RatingReason,
	Strength
} from '@whatworks/domain';
import { index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { outcomeRatings } from './outcome-ratings.js';

/**
 * Every published change of an outcome's rating, with the standards version and the engine's
 * result behind it: the public change log of ratings, and the audit of how each was reached.
 */
export const ratingSnapshots = pgTable(
	'rating_snapshots',
	{
		id: serial().primaryKey(),
		outcomeRatingId: integer()
			.notNull()
			.references(() => outcomeRatings.id, { onDelete: 'cascade' }),
		standardsVersion: text().notNull(),
		ratedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		computedEffectiveness: text().$type<Effectiveness>().notNull(),
		computedStrength: text().$type<Strength>().notNull(),
		effectiveness: text().$type<Effectiveness>().notNull(),
		strength: text().$type<Strength>().notNull(),
		source: text().$type<'computed' | 'override'>().notNull(),
		eligibleCount: integer().notNull(),
		ukCount: integer().notNull(),
		/** The metric the pooled result is in; null without counted contrasts. */
		metric: text().$type<EffectMetric>(),
		pooled: jsonb().$type<PooledEffect>(),
		reasons: jsonb().$type<RatingReason[]>().notNull(),
		/** The reviewer's public note, for a snapshot made by republishing under new standards. */
		changeNote: text()
	},
	(table) => [index().on(table.outcomeRatingId, table.ratedAt)]
);
