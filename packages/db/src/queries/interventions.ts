import {
	buildHeadline,
	type Intervention,
	type InterventionGetInput,
	type InterventionListInput,
	type InterventionSummary,
	type OutcomeRating
} from '@whatworks/domain';
import { arrayContains, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../client.js';
import { interventions, outcomeRatings } from '../schema/index.js';
import { findEvidence } from './evidence.js';

type InterventionRow = typeof interventions.$inferSelect;
type OutcomeRatingRow = typeof outcomeRatings.$inferSelect;

/** Every Evidence Store entry, by name, with its outcome ratings; optionally only one topic's. */
export async function listInterventions(
	db: Database,
	input: InterventionListInput = {}
): Promise<InterventionSummary[]> {
	const rows = await db
		.select()
		.from(interventions)
		.where(input.topic ? arrayContains(interventions.topics, [input.topic]) : undefined)
		.orderBy(asc(interventions.name));
	const ratings = await findOutcomeRatings(db, rows);
	return rows.map((row) => toSummary(row, ratings.get(row.id) ?? []));
}

/** One Evidence Store entry by its slug, or null when there is none. */
export async function findInterventionBySlug(
	db: Database,
	{ slug }: InterventionGetInput
): Promise<Intervention | null> {
	const [row] = await db.select().from(interventions).where(eq(interventions.slug, slug));
	if (!row) return null;
	const ratings = (await findOutcomeRatings(db, [row])).get(row.id) ?? [];
	const { studies, evidence } = await findEvidence(db, row.id, ratings);
	return {
		...toSummary(row, ratings),
		description: row.description,
		emmie: row.emmie,
		sourceReview: row.sourceReview,
		studies,
		evidence
	};
}

async function findOutcomeRatings(
	db: Database,
	rows: InterventionRow[]
): Promise<Map<number, OutcomeRatingRow[]>> {
	const byIntervention = new Map<number, OutcomeRatingRow[]>();
	if (rows.length === 0) return byIntervention;
	const ratings = await db
		.select()
		.from(outcomeRatings)
		.where(
			inArray(
				outcomeRatings.interventionId,
				rows.map((row) => row.id)
			)
		)
		.orderBy(asc(outcomeRatings.interventionId), asc(outcomeRatings.position));
	for (const rating of ratings) {
		const list = byIntervention.get(rating.interventionId) ?? [];
		list.push(rating);
		byIntervention.set(rating.interventionId, list);
	}
	return byIntervention;
}

function toSummary(row: InterventionRow, ratings: OutcomeRatingRow[]): InterventionSummary {
	return {
		slug: row.slug,
		name: row.name,
		summary: row.summary,
		topics: row.topics,
		ageRange:
			row.ageMin === null || row.ageMax === null ? null : { min: row.ageMin, max: row.ageMax },
		costBand: row.costBand,
		outcomes: ratings.map((rating) => toOutcomeRating(row.name, rating)),
		evidenceLastReviewed: row.evidenceLastReviewed,
		pageUpdated: row.pageUpdated
	};
}

function toOutcomeRating(interventionName: string, row: OutcomeRatingRow): OutcomeRating {
	return {
		outcome: row.outcome,
		domain: row.domain,
		effectiveness: row.effectiveness,
		strength: row.strength,
		studyCount: row.studyCount,
		ukStudyCount: row.ukStudyCount,
		source: row.source,
		headline: buildHeadline({
			interventionName,
			outcomeName: row.outcome,
			effectiveness: row.effectiveness,
			strength: row.strength,
			studyCount: row.studyCount,
			ukStudyCount: row.ukStudyCount
		})
	};
}
