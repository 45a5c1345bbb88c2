import {
	buildHeadline,
	topicKeys,
	type Intervention,
	type InterventionGetInput,
	type InterventionListInput,
	type InterventionSummary,
	type OutcomeRating,
	type Topic
} from '@whatworks/domain';
import { and, asc, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { interventions, interventionTopics, outcomeRatings } from '../schema/index.js';
import { findEvidence } from './evidence.js';
import { findRatingChanges } from './rating-changes.js';
import { findChangeNotes } from './workflow.js';

/** An intervention row as the summaries read it (without the columns kept for searching). */
export type InterventionRow = Omit<
	typeof interventions.$inferSelect,
	'searchVector' | 'bestStrength' | 'live'
>;
type OutcomeRatingRow = typeof outcomeRatings.$inferSelect;

/** The columns of {@link InterventionRow}, for selects that leave out the search vector. */
export const interventionColumns = {
	id: interventions.id,
	slug: interventions.slug,
	name: interventions.name,
	summary: interventions.summary,
	description: interventions.description,
	ageMin: interventions.ageMin,
	ageMax: interventions.ageMax,
	costBand: interventions.costBand,
	emmie: interventions.emmie,
	sourceReview: interventions.sourceReview,
	evidenceLastReviewed: interventions.evidenceLastReviewed,
	pageUpdated: interventions.pageUpdated,
	createdAt: interventions.createdAt
};

/** A condition holding for interventions readers can see. */
export const isLive = eq(interventions.live, true);

/** A condition holding for interventions filed under the topic. */
export function filedUnder(db: Database, topic: Topic): SQL {
	return exists(
		db
			.select({ one: sql`1` })
			.from(interventionTopics)
			.where(
				and(
					eq(interventionTopics.interventionId, interventions.id),
					eq(interventionTopics.topic, topic)
				)
			)
	);
}

/** Every Evidence Store entry, by name, with its outcome ratings; optionally only one topic's. */
export async function listInterventions(
	db: Database,
	input: InterventionListInput = {}
): Promise<InterventionSummary[]> {
	const rows = await db
		.select(interventionColumns)
		.from(interventions)
		.where(and(isLive, input.topic ? filedUnder(db, input.topic) : undefined))
		.orderBy(asc(interventions.name));
	return summarise(db, rows);
}

/** The index entries of the rows, in the same order, with their topics and outcome ratings. */
export async function summarise(
	db: Database,
	rows: InterventionRow[]
): Promise<InterventionSummary[]> {
	const ratings = await findOutcomeRatings(db, rows);
	const topics = await findTopics(db, rows);
	return rows.map((row) => toSummary(row, topics.get(row.id) ?? [], ratings.get(row.id) ?? []));
}

/**
 * The index entries of the given slugs, in the order given; the slugs not found are listed
 * instead, so callers can say which.
 */
export async function findInterventionSummaries(
	db: Database,
	slugs: readonly string[]
): Promise<{ found: InterventionSummary[]; missing: string[] }> {
	const rows = await db
		.select(interventionColumns)
		.from(interventions)
		.where(and(isLive, inArray(interventions.slug, [...slugs])));
	const summaries = new Map((await summarise(db, rows)).map((item) => [item.slug, item]));
	return {
		found: slugs.flatMap((slug) => summaries.get(slug) ?? []),
		missing: slugs.filter((slug) => !summaries.has(slug))
	};
}

/**
 * One Evidence Store entry by its slug, or null when there is none or it is unpublished (staff
 * tools pass `includeUnpublished` to read it anyway).
 */
export async function findInterventionBySlug(
	db: Database,
	{ slug }: InterventionGetInput,
	{ includeUnpublished = false } = {}
): Promise<Intervention | null> {
	const [row] = await db
		.select(interventionColumns)
		.from(interventions)
		.where(and(eq(interventions.slug, slug), includeUnpublished ? undefined : isLive));
	if (!row) return null;
	const ratings = (await findOutcomeRatings(db, [row])).get(row.id) ?? [];
	const topics = (await findTopics(db, [row])).get(row.id) ?? [];
	const { studies, evidence } = await findEvidence(db, row.id, ratings);
	return {
		...toSummary(row, topics, ratings),
		description: row.description,
		emmie: row.emmie,
		sourceReview: row.sourceReview,
		studies,
		evidence,
		ratingChanges: await findRatingChanges(db, ratings),
		changeNotes: await findChangeNotes(db, row.id)
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

async function findTopics(db: Database, rows: InterventionRow[]): Promise<Map<number, Topic[]>> {
	const byIntervention = new Map<number, Topic[]>();
	if (rows.length === 0) return byIntervention;
	const filed = await db
		.select()
		.from(interventionTopics)
		.where(
			inArray(
				interventionTopics.interventionId,
				rows.map((row) => row.id)
			)
		);
	const order = new Map(topicKeys.map((key, index) => [key, index]));
	for (const { interventionId, topic } of filed) {
		const list = byIntervention.get(interventionId) ?? [];
		list.push(topic);
		byIntervention.set(interventionId, list);
	}
	for (const list of byIntervention.values()) {
		list.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
	}
	return byIntervention;
}

function toSummary(
	row: InterventionRow,
	topics: Topic[],
	ratings: OutcomeRatingRow[]
): InterventionSummary {
	return {
		slug: row.slug,
		name: row.name,
		summary: row.summary,
		topics,
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
