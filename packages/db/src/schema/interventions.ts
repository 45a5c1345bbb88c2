import type { CostBand, Emmie } from '@whatworks/domain';
import { sql } from 'drizzle-orm';
import {
	boolean,
	customType,
	date,
	index,
	integer,
	jsonb,
	pgTable,
	serial,
	text,
	timestamp
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Evidence Store entries. Narrative sections live in one JSON column: they are always read together. */
export const interventions = pgTable(
	'interventions',
	{
		id: serial().primaryKey(),
		slug: text().notNull().unique(),
		name: text().notNull(),
		summary: text().notNull(),
		description: text().notNull().default(''),
		ageMin: integer(),
		ageMax: integer(),
		costBand: text().$type<CostBand>().notNull().default('not-known'),
		emmie: jsonb().$type<Emmie>().notNull(),
		sourceReview: text(),
		evidenceLastReviewed: date({ mode: 'string' }),
		pageUpdated: date({ mode: 'string' }).notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/** Whether readers can see it: false once a reviewer unpublishes it, until it is published again. */
		live: boolean().notNull().default(true),
		/**
		 * Score (0–3) of the strongest evidence on any of its outcomes, kept by a trigger on
		 * outcome_ratings so that sorting by strength reads an index instead of every rating.
		 */
		bestStrength: integer(),
		/** Full-text index kept by Postgres itself: the name weighs most, then the summary, then the body. */
		searchVector: tsvector().generatedAlwaysAs(
			sql`setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', summary), 'B') || setweight(to_tsvector('english', description || ' ' || coalesce(emmie->>'effect', '') || ' ' || coalesce(emmie->>'mechanisms', '') || ' ' || coalesce(emmie->>'moderators', '') || ' ' || coalesce(emmie->>'implementation', '') || ' ' || coalesce(emmie->>'economics', '')), 'C')`
		)
	},
	(table) => [
		// Without autovacuum (PGlite) a pending list would grow with every write and every search
		// would read all of it: write straight into the index instead.
		index().using('gin', table.searchVector).with({ fastupdate: false }),
		// The Evidence Store's orders, over live rows only: a page reads its first entries, and a
		// count reads an index instead of the wide rows.
		index('interventions_live_name_index')
			.on(table.name, table.id)
			.where(sql`live`),
		index('interventions_live_strength_index')
			.on(table.bestStrength.desc().nullsLast(), table.name, table.id)
			.where(sql`live`),
		index('interventions_live_reviewed_index')
			.on(table.evidenceLastReviewed.desc().nullsLast(), table.name, table.id)
			.where(sql`live`)
	]
);
