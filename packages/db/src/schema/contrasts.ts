import type { DesignRating, EffectMetric, FavourableDirection } from '@whatworks/domain';
import { doublePrecision, index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { outcomeRatings } from './outcome-ratings.js';
import { studies } from './studies.js';

/** One comparison in one study on one outcome: the rating engine's input. */
export const contrasts = pgTable(
	'contrasts',
	{
		id: serial().primaryKey(),
		outcomeRatingId: integer()
			.notNull()
			.references(() => outcomeRatings.id, { onDelete: 'cascade' }),
		studyId: integer()
			.notNull()
			.references(() => studies.id, { onDelete: 'cascade' }),
		sampleId: text().notNull(),
		metric: text().$type<EffectMetric>().notNull(),
		effectSize: doublePrecision().notNull(),
		variance: doublePrecision(),
		ciLower: doublePrecision(),
		ciUpper: doublePrecision(),
		favourableDirection: text().$type<FavourableDirection>().notNull(),
		designRating: text().$type<DesignRating>().notNull(),
		treatmentN: integer().notNull(),
		comparisonN: integer().notNull()
	},
	(table) => [index().on(table.outcomeRatingId), index().on(table.studyId)]
);
