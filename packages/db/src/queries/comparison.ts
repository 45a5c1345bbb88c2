import {
	DomainError,
	groupRatingsByDomain,
	type InterventionComparison,
	type InterventionCompareInput,
	type RatingsByDomain,
	type RatingsMatrixInput
} from '@whatworks/domain';
import { and, inArray } from 'drizzle-orm';
import type { Database } from '../client.js';
import { interventions } from '../schema/index.js';
import { toSummary } from './intervention-rows.js';
import { isLive, listInterventions, summaryColumns } from './interventions.js';

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

/** Every published intervention (optionally one topic's) against each outcome domain it is rated on. */
export async function listRatingsByDomain(
	db: Database,
	input: RatingsMatrixInput = {}
): Promise<RatingsByDomain> {
	return groupRatingsByDomain(await listInterventions(db, input));
}
