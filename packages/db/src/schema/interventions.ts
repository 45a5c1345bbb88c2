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

/**
 * A word of an entry's snippet text as its search vector reads it: the token as written, then
 * its lexemes (none for a stop word, which still takes a position). The token is null for a word
 * whose parts follow it as words of their own (a hyphenated word, a web address): it takes a
 * position but shows no text apart from them.
 *
 * @example ['Parents', 'parent'] // ['for'] (a stop word), [null, 'evidence-bas'] then ['Evidence', 'evid'], ['based', 'base']
 */
export type SnippetWord = [token: string | null, ...lexemes: string[]];

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
		/** Other names it is known by (acronyms, brand names), as editors list them. */
		alsoKnownAs: text()
			.array()
			.notNull()
			.default(sql`'{}'`),
		/** The words of its topics and outcomes (`filedUnderWords`), written when it is published. */
		filedUnderWords: text().notNull().default(''),
		/**
		 * Full-text index, kept by a trigger (`interventions_search_document`, migrations 0018 and
		 * 0032): its names weigh most, then its summary and what it is filed under, then the rest
		 * of its text.
		 * The same trigger adds its words to `search_words`, where misspelt words are looked up.
		 * Stored in the row (`STORAGE MAIN`, migration 0032), not out of line: search reads it
		 * several times for each match.
		 */
		searchVector: tsvector()
			.notNull()
			.default(sql`''::tsvector`),
		/**
		 * The search vector's part from its names (weight A), kept by the same trigger (migration
		 * 0032): ranking asks of each match where each term matched, and a small part answers that
		 * without the whole vector.
		 */
		searchVectorNames: tsvector()
			.notNull()
			.default(sql`''::tsvector`),
		/** The search vector's part from its summary and what it is filed under (weight B). */
		searchVectorSummary: tsvector()
			.notNull()
			.default(sql`''::tsvector`),
		/**
		 * The words of its summary and description, the text a search hit's snippet is cut from,
		 * as its search vector reads them (`SnippetWord`), kept by a trigger
		 * (`interventions_snippet_words`, migration 0033): a snippet marks what search matched
		 * without asking Postgres again, the same on every engine.
		 */
		snippetWords: jsonb().$type<SnippetWord[]>().notNull().default([])
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
