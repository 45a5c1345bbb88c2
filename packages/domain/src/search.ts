import { z } from 'zod';
import { pageNumberSchema } from './common.js';
import { costBandSchema } from './cost-band.js';
import { interventionSummarySchema, topicSchema } from './intervention.js';
import { outcomeDomainSchema } from './outcome.js';
import { effectivenessSchema, strengthSchema } from './ratings.js';

/**
 * Orders of Evidence Store search results. Relevance falls back to name when there is no query.
 * @example interventionSortKeys[0] // 'relevance'
 */
export const interventionSortKeys = ['relevance', 'name', 'strength', 'last-reviewed'] as const;

/** One sort order key. */
export type InterventionSort = z.infer<typeof interventionSortSchema>;
/** Validates a sort order key. */
export const interventionSortSchema = z.enum(interventionSortKeys).describe('Order of results');

/**
 * Labels of the sort orders for readers.
 * @example interventionSortLabels.strength // 'Strongest evidence first'
 */
export const interventionSortLabels = {
	relevance: 'Best match',
	name: 'Name (A to Z)',
	strength: 'Strongest evidence first',
	'last-reviewed': 'Most recently reviewed'
} as const satisfies Record<InterventionSort, string>;

/** The largest page of search results the API returns. */
export const maxSearchPageSize = 50;

/** The most characters of search words a search takes. */
export const maxSearchWordsLength = 200;

// Postgres reads a minus sign before a word as NOT and keeps the operators it has still to apply
// on a stack of 32, so minus signs in a row (spaces or other punctuation between them count as in
// a row) overflow it with "tsquery stack too small": from 31 after `a or b `, 32 after a word and
// 33 alone, on Postgres 15 and on PGlite (Postgres 18) alike. Quotes and ORs in a row are harmless.
const minusRun = /-(?:[^\p{L}\p{N}"]*-)+/gu;

/**
 * Reads each run of minus signs in search words as one: nobody means "not not" on purpose, and a
 * run of them is more than the search engine can take. A letter, digit or quote ends a run, so
 * between two minus signs left there is always something to search for.
 * @example collapseMinusRuns('foster -- - -kinship') // 'foster -kinship'
 * @example collapseMinusRuns('1990--2000 self-care') // '1990-2000 self-care'
 */
export function collapseMinusRuns(words: string): string {
	return words.replace(minusRun, '-');
}

// Characters nobody types: C0 and C1 controls. Postgres cannot take NUL in text at all.
const controlCharacter = /\p{Cc}/u;

/**
 * Validates search words as a reader types them, in web search syntax: tabs and line breaks pasted
 * with them read as spaces, control characters are refused with a sentence, and runs of minus
 * signs read as one (`collapseMinusRuns`), so any words that pass can be searched for.
 * @example searchWordsSchema.parse(' foster\t--kinship ') // 'foster -kinship'
 * @example searchWordsSchema.safeParse('a\u0000b').success // false
 */
export const searchWordsSchema = z
	.string()
	.overwrite((words) => words.replace(/[\t\n\v\f\r]/g, ' '))
	.trim()
	.refine(
		(words) => !controlCharacter.test(words),
		'Search words must only include letters, numbers, symbols and spaces'
	)
	.max(maxSearchWordsLength, `Search words must be ${maxSearchWordsLength} characters or fewer`)
	.overwrite(collapseMinusRuns)
	.describe('Words to search for; "quoted phrases", OR and -excluded words work as on the web');

/** Parameters of `interventions.search`. */
export type InterventionSearchInput = z.input<typeof interventionSearchInputSchema>;
/**
 * Validates the parameters of `interventions.search`. The outcome filters (domain, effectiveness,
 * minimum strength) must all hold for the same outcome of an intervention.
 * @example interventionSearchInputSchema.parse({ q: 'parenting', minStrength: 'moderate' })
 */
export const interventionSearchInputSchema = z.object({
	q: searchWordsSchema.optional(),
	topic: topicSchema.optional(),
	domain: outcomeDomainSchema.optional().describe('Only interventions rated on this domain'),
	effectiveness: effectivenessSchema
		.optional()
		.describe('Only interventions with an outcome rated this effective'),
	minStrength: strengthSchema
		.optional()
		.describe('Only interventions with an outcome rated at least this strength'),
	costBand: costBandSchema.optional(),
	age: z.int().min(0).max(25).optional().describe('Only interventions serving children this old'),
	evaluatedInUk: z.boolean().optional().describe('Only interventions with a UK study'),
	sort: interventionSortSchema.default('relevance'),
	page: pageNumberSchema.default(1),
	pageSize: z.int().min(1).max(maxSearchPageSize).default(20)
});

/** A stretch of snippet text, marked when it matched the search words. */
export type SnippetPart = z.infer<typeof snippetPartSchema>;
/** Validates a stretch of snippet text. Plain text: renderers escape it and mark matches. */
export const snippetPartSchema = z.object({ text: z.string(), match: z.boolean() });

/** One search result. */
export type InterventionSearchHit = z.infer<typeof interventionSearchHitSchema>;
/** Validates a search result: the index entry and, for a word search, the passage that matched. */
export const interventionSearchHitSchema = interventionSummarySchema.extend({
	snippet: z.array(snippetPartSchema).nullable()
});

/** A page of search results. */
export type InterventionSearchResult = z.infer<typeof interventionSearchResultSchema>;
/** Validates a page of search results. */
export const interventionSearchResultSchema = z.object({
	total: z.int().min(0).describe('Results across all pages'),
	page: z.int().min(1),
	pageSize: z.int().min(1),
	pageCount: z.int().min(0),
	items: z.array(interventionSearchHitSchema)
});
