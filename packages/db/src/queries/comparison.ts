import {
	DomainError,
	groupRatingsByDomain,
	type InterventionComparison,
	type InterventionCompareInput,
	ratingsMatrixPageSize,
	type OutcomeDomain,
	type RatingsMatrix,
	type RatingsMatrixInput
} from '@whatworks/domain';
import { and, asc, countDistinct, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { interventions, outcomeRatings } from '../schema/index.js';
import { toSummary } from './intervention-rows.js';
import { filedUnder, isLive, summaryColumns } from './interventions.js';

/**
 * Interventions side by side, in the order asked, with their ratings by outcome domain. Refuses
 * (NOT_FOUND, naming the first) when any slug is not a published intervention.
 */
export async function compareInterventions(
	db: Database,
	{ slugs }: InterventionCompareInput
): Promise<InterventionComparison> {
	const rows = await db
		.select(summaryColumns)
		.from(interventions)
		.where(and(isLive, inArray(interventions.slug, [...slugs])));
	const summaries = new Map(rows.map((row) => [row.slug, toSummary(row)]));
	const missing = slugs.filter((slug) => !summaries.has(slug));
	const [first, ...others] = missing;
	if (first !== undefined) {
		// One address by name keeps the sentence short however long the addresses asked for are.
		const more = others.length === 0 ? '' : ` (nor at ${others.length} more of those asked for)`;
		throw new DomainError('NOT_FOUND', `There is no intervention at "${first}"${more}.`);
	}
	const found = slugs.flatMap((slug) => summaries.get(slug) ?? []);
	return { interventions: found, byDomain: groupRatingsByDomain(found) };
}

/**
 * A page of the ratings matrix: published interventions (optionally one topic's) by name,
 * {@link ratingsMatrixPageSize} to a page, against each outcome domain any of them (on any page)
 * is rated on, with how many there are in all.
 */
export async function listRatingsByDomain(
	db: Database,
	{ topic, page = 1 }: RatingsMatrixInput = { page: 1 }
): Promise<RatingsMatrix> {
	const matching = and(isLive, topic ? filedUnder(db, { topic }) : undefined);
	const [rows, [whole]] = await Promise.all([
		db
			.select(summaryColumns)
			.from(interventions)
			.where(matching)
			// The id settles ties, so that a name shared across a page break is on one page only.
			.orderBy(asc(interventions.name), asc(interventions.id))
			.limit(ratingsMatrixPageSize)
			.offset((page - 1) * ratingsMatrixPageSize),
		db
			.select({
				total: countDistinct(interventions.id),
				domains: sql<OutcomeDomain[]>`coalesce(json_agg(distinct ${outcomeRatings.domain})
					filter (where ${outcomeRatings.domain} is not null), '[]')`
			})
			.from(interventions)
			.leftJoin(outcomeRatings, eq(outcomeRatings.interventionId, interventions.id))
			.where(matching)
	]);
	const total = whole?.total ?? 0;
	return {
		...groupRatingsByDomain(rows.map(toSummary), whole?.domains ?? []),
		total,
		page,
		pageCount: Math.ceil(total / ratingsMatrixPageSize)
	};
}
