import type { RatingSource, StudyDesign } from '@whatworks/domain';
import {
	boolean,
	doublePrecision,
	index,
	integer,
	pgTable,
	serial,
	text
} from 'drizzle-orm/pg-core';
import { interventions } from './interventions.js';

/** Evaluation reports of an intervention. Illustrative ones are demo data, labelled as such. */
export const studies = pgTable(
	'studies',
	{
		id: serial().primaryKey(),
		interventionId: integer()
			.notNull()
			.references(() => interventions.id, { onDelete: 'cascade' }),
		/** Short label for charts, e.g. "Chaffin et al. 2004". */
		label: text().notNull().default(''),
		citation: text().notNull(),
		year: integer().notNull(),
		country: text().notNull(),
		design: text().$type<StudyDesign>().notNull(),
		setting: text().notNull().default(''),
		independentOfDeveloper: boolean().notNull(),
		treatmentN: integer().notNull(),
		comparisonN: integer().notNull(),
		followUpMonths: doublePrecision(),
		source: text().$type<RatingSource>().notNull()
	},
	(table) => [index().on(table.interventionId)]
);
