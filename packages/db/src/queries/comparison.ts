import {
	DomainError,
	groupRatingsByDomain,
	type InterventionComparison,
	type InterventionCompareInput,
	ratingsMatrixPageSize,
	type RatingsMatrix,
	type RatingsMatrixInput
} from '@whatworks/domain';
import { and, asc, inArray } from 'drizzle-orm';
import type { Database } from '../client.js';
import { interventions } from '../schema/index.js';
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
 * {@link ratingsMatrixPageSize} to a page, against each outcome domain any of them is rated
 * on, with how many there are in all.
 */
export async function listRatingsByDomain(
	db: Database,
	{ topic, page = 1 }: RatingsMatrixInput = { page: 1 }
): Promise<RatingsMatrix> {
	const matching = and(isLive, topic ? filedUnder(db, { topic }) : undefined);
	const [rows, total] = await Promise.all([
		db
			.select(summaryColumns)
			.from(interventions)
			.where(matching)
			.orderBy(asc(interventions.name))
			.limit(ratingsMatrixPageSize)
			.offset((page - 1) * ratingsMatrixPageSize),
		db.$count(interventions, matching)
	]);
	return {
		...groupRatingsByDomain(rows.map(toSummary)),
		total,
		page,
		pageCount: Math.ceil(total / ratingsMatrixPageSize)
	};
}
