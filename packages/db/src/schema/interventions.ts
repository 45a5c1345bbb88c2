import type { CostBand, Emmie, Topic } from '@whatworks/domain';
import { date, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/** Evidence Store entries. Narrative sections live in one JSON column: they are always read together. */
export const interventions = pgTable('interventions', {
	id: serial().primaryKey(),
	slug: text().notNull().unique(),
	name: text().notNull(),
	summary: text().notNull(),
	description: text().notNull().default(''),
	topics: text().array().$type<Topic[]>().notNull().default([]),
	ageMin: integer(),
	ageMax: integer(),
	costBand: text().$type<CostBand>().notNull().default('not-known'),
	emmie: jsonb().$type<Emmie>().notNull(),
	sourceReview: text(),
	evidenceLastReviewed: date({ mode: 'string' }),
	pageUpdated: date({ mode: 'string' }).notNull(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});
