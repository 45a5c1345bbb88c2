import type { Effectiveness, OutcomeDomain, RatingSource, Strength } from '@whatworks/domain';
import { sql } from 'drizzle-orm';
import { index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
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
		source: text().$type<RatingSource>().notNull()
	},
	(table) => [
		index().on(table.interventionId, table.position),
		// "Evaluated in the UK" reads this small index instead of every rating.
		index('outcome_ratings_uk_evaluated_index')
			.on(table.interventionId)
			.where(sql`uk_study_count > 0`)
	]
);
