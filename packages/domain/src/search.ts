import { z } from 'zod';
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

/** Parameters of `interventions.search`. */
export type InterventionSearchInput = z.input<typeof interventionSearchInputSchema>;
/**
 * Validates the parameters of `interventions.search`. The outcome filters (domain, effectiveness,
 * minimum strength) must all hold for the same outcome of an intervention.
 * @example interventionSearchInputSchema.parse({ q: 'parenting', minStrength: 'moderate' })
 */
export const interventionSearchInputSchema = z.object({
	q: z
		.string()
		.trim()
		.max(200, 'Search words must be 200 characters or fewer')
		.optional()
		.describe('Words to search for; "quoted phrases", OR and -excluded words work as on the web'),
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
	page: z.int().min(1).max(10_000).default(1),
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

/**
 * Splits text whose matches are wrapped in start and stop markers into snippet parts.
 * @example splitSnippet('a [b] c', '[', ']') // [{text:'a ',match:false},{text:'b',match:true},{text:' c',match:false}]
 */
export function splitSnippet(marked: string, start: string, stop: string): SnippetPart[] {
	const parts: SnippetPart[] = [];
	let rest = marked;
	while (rest.length > 0) {
		const open = rest.indexOf(start);
		const close = open === -1 ? -1 : rest.indexOf(stop, open + start.length);
		if (open === -1 || close === -1) {
			parts.push({ text: rest, match: false });
			break;
		}
		if (open > 0) parts.push({ text: rest.slice(0, open), match: false });
		parts.push({ text: rest.slice(open + start.length, close), match: true });
		rest = rest.slice(close + stop.length);
	}
	return parts;
}
