import type { OfstedGrade } from '@whatworks/domain';
import { date, integer, pgTable, primaryKey, real, text } from 'drizzle-orm/pg-core';

// Official statistics are keyed by the area's codes, not by partner rows: they describe every
// authority, partner or not, and an import must not depend on the order files arrive in.

/** The latest Ofsted inspection of each local authority's children's services (ILACS). */
export const ofstedInspections = pgTable('ofsted_inspections', {
	gssCode: text().primaryKey(),
	dfeCode: text().notNull(),
	urn: text().notNull(),
	/** "standard" or "short"; null when the source does not say. */
	framework: text().$type<'standard' | 'short'>(),
	startedOn: date({ mode: 'string' }),
	overallEffectiveness: text().$type<OfstedGrade>(),
	impactOfLeaders: text().$type<OfstedGrade>(),
	helpAndProtection: text().$type<OfstedGrade>(),
	inCare: text().$type<OfstedGrade>(),
	careLeavers: text().$type<OfstedGrade>(),
	reportUrl: text().notNull()
});

/**
 * Children looked after per 10,000 children at 31 March, by DfE area code: local authorities,
 * regions (980–990) and England (970). Suppressed figures are null.
 */
export const lookedAfterRates = pgTable(
	'looked_after_rates',
	{
		dfeCode: text().notNull(),
		gssCode: text(),
		areaName: text().notNull(),
		year: integer().notNull(),
		ratePer10k: real(),
		count: integer()
	},
	(table) => [primaryKey({ columns: [table.dfeCode, table.year] })]
);

/**
 * Each authority's boundary, projected, simplified and written once at import into the site map's
 * SVG coordinates (see importers/boundary-map.ts).
 */
export const areaBoundaries = pgTable('area_boundaries', {
	gssCode: text().primaryKey(),
	name: text().notNull(),
	/** SVG path data in the map's fixed view box (`englandMapFrame` in `@whatworks/domain`). */
	path: text().notNull()
});
