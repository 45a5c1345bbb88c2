import type {
	Effectiveness,
	OutcomeAnalysis,
	OutcomeDomain,
	RatingSource,
	Strength
} from '@whatworks/domain';
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { interventions } from './interventions.js';

/** The two ratings of one intervention on one outcome, in the order the page lists them. */
export const outcomeRatings = pgTable(
	'outcome_ratings',
	{
		id: serial().primaryKey(),
		interventionId: integer()
			.notNull()
			.references(() => interventions.id, { onDelete: 'cascade' }),
		position: integer().notNull(),
		outcome: text().notNull(),
		domain: text().$type<OutcomeDomain>().notNull(),
		effectiveness: text().$type<Effectiveness>().notNull(),
		strength: text().$type<Strength>().notNull(),
		studyCount: integer(),
		ukStudyCount: integer(),
		source: text().$type<RatingSource>().notNull(),
		/**
		 * The analysis its page shows (forest plot rows, pooled estimate, reasons), worked out when
		 * the rating is published (`recordRating`), so no reader's request runs the engine. Null
		 * only between an outcome's insert and its first rating in the same publish or seed.
		 */
		analysis: jsonb().$type<OutcomeAnalysis>()
	},
	(table) => [
		index().on(table.interventionId, table.position),
		// "Evaluated in the UK" reads this small index instead of every rating.
		index('outcome_ratings_uk_evaluated_index')
			.on(table.interventionId)
			.where(sql`uk_study_count > 0`),
		// Outcomes still to analyse (`analyseUnanalysedOutcomes`), found without reading them all.
		index('outcome_ratings_unanalysed_index')
			.on(table.id)
			.where(sql`analysis is null`)
	]
);
