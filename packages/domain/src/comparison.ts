import { z } from 'zod';
import { pageNumberSchema, slugSchema } from './common.js';
import {
	interventionSummarySchema,
	topicSchema,
	type InterventionSummary
} from './intervention.js';
import {
	outcomeDomainKeys,
	outcomeDomainSchema,
	outcomeRatingSchema,
	type OutcomeDomain,
	type OutcomeRating
} from './outcome.js';

/** Interventions' outcome ratings grouped by outcome domain: one row per intervention. */
export type RatingsByDomain = z.infer<typeof ratingsByDomainSchema>;
/** Validates ratings grouped by domain; `cells[d]` holds the row's outcomes in `domains[d]`. */
export const ratingsByDomainSchema = z.object({
	domains: z.array(outcomeDomainSchema).describe('Domains any row is rated on, in standard order'),
	rows: z.array(
		z.object({
			slug: slugSchema,
			name: z.string(),
			cells: z.array(z.array(outcomeRatingSchema))
		})
	)
});

/**
 * Groups each intervention's outcome ratings by domain, keeping only the domains someone is rated
 * on: these interventions, or those of `ratedOn` when given (the domains of a whole list, of
 * which these are one page, so that every page has the same columns).
 * @example groupRatingsByDomain([pcit]).domains // ['child-safety', 'behaviour']
 */
export function groupRatingsByDomain(
	interventions: readonly InterventionSummary[],
	ratedOn: Iterable<OutcomeDomain> = interventions.flatMap((item) =>
		item.outcomes.map((outcome) => outcome.domain)
	)
): RatingsByDomain {
	const rated = new Set<OutcomeDomain>(ratedOn);
	const domains = outcomeDomainKeys.filter((domain) => rated.has(domain));
	return {
		domains,
		rows: interventions.map(({ slug, name, outcomes }) => ({
			slug,
			name,
			cells: domains.map((domain) =>
				outcomes.filter((outcome: OutcomeRating) => outcome.domain === domain)
			)
		}))
	};
}

/** The fewest and most interventions one comparison shows side by side. */
export const comparisonSize = { min: 2, max: 4 } as const;

/** Parameters of `interventions.compare`. */
export type InterventionCompareInput = z.infer<typeof interventionCompareInputSchema>;
/** Validates the parameters of `interventions.compare`: 2–4 different slugs, in display order. */
export const interventionCompareInputSchema = z.object({
	slugs: z
		.array(slugSchema)
		.min(comparisonSize.min, `Choose at least ${comparisonSize.min} interventions to compare`)
		.max(comparisonSize.max, `Choose at most ${comparisonSize.max} interventions to compare`)
		.refine((slugs) => new Set(slugs).size === slugs.length, 'Choose each intervention once')
});

/** Interventions side by side. */
export type InterventionComparison = z.infer<typeof interventionComparisonSchema>;
/** Validates a comparison: the interventions in the order asked, and their ratings by domain. */
export const interventionComparisonSchema = z.object({
	interventions: z.array(interventionSummarySchema),
	byDomain: ratingsByDomainSchema
});

/** How many interventions a page of the ratings matrix shows. */
export const ratingsMatrixPageSize = 50;

/** Parameters of `ratings.matrix`. */
export type RatingsMatrixInput = z.infer<typeof ratingsMatrixInputSchema>;
/** Validates the parameters of `ratings.matrix`; the topic filter is optional, the page 1 unless given. */
export const ratingsMatrixInputSchema = z
	.object({
		topic: topicSchema.optional(),
		page: pageNumberSchema.default(1)
	})
	.default({ page: 1 });

/**
 * One page of the ratings matrix: up to {@link ratingsMatrixPageSize} interventions by name,
 * against the domains any intervention of the matrix (on any page) is rated on, and how many
 * there are in all.
 */
export type RatingsMatrix = z.infer<typeof ratingsMatrixSchema>;
/** Validates a page of the ratings matrix. */
export const ratingsMatrixSchema = ratingsByDomainSchema.extend({
	domains: z
		.array(outcomeDomainSchema)
		.describe('Domains any intervention of the matrix is rated on, on any page, in standard order'),
	total: z.int().min(0).describe('How many interventions the matrix has, on every page'),
	page: z.int().min(1),
	pageCount: z.int().min(0)
});
