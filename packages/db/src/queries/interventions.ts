import {
	currentRatingStandards,
	type Intervention,
	type InterventionContent,
	type InterventionGetInput,
	type InterventionListInput,
	type InterventionSummary,
	type OutcomeAnalysis,
	type OutcomeEvidence,
	type Topic
} from '@whatworks/domain';
import { and, asc, desc, eq, exists, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import {
	drafts,
	interventions,
	interventionTopics,
	outcomeRatings,
	studies
} from '../schema/index.js';
import {
	ageRangeOf,
	inTopicOrder,
	toSummary,
	type RatingRow,
	type SummaryRow
} from './intervention-rows.js';
import { toStudySummary } from './evidence.js';
import { findStudyData } from './study-data.js';
import { changeLogColumns, ratingChangesOf } from './rating-changes.js';
import { preparedOnce } from './prepared-once.js';

/** An intervention row as the summaries read it (without the columns kept for searching). */
export type InterventionRow = Omit<
	typeof interventions.$inferSelect,
	| 'searchVector'
	| 'searchVectorNames'
	| 'searchVectorSummary'
	| 'filedUnderWords'
	| 'bestStrength'
	| 'live'
>;
/** The columns of {@link InterventionRow}, for selects that leave out the search vector. */
export const interventionColumns = {
	id: interventions.id,
	slug: interventions.slug,
	name: interventions.name,
	alsoKnownAs: interventions.alsoKnownAs,
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

// Written out in full: a select from one table names its columns bare, and a bare "id" in a
// subquery of outcome ratings would be the rating's.
const rowId = sql`${interventions}.${sql.identifier('id')}`;

/**
 * The columns of an index entry ({@link SummaryRow}): the row's, with its topics and outcome
 * ratings as JSON, each read by a subquery of the row, so a list of entries is one statement.
 */
export const summaryColumns = {
	slug: interventions.slug,
	name: interventions.name,
	alsoKnownAs: interventions.alsoKnownAs,
	summary: interventions.summary,
	ageMin: interventions.ageMin,
	ageMax: interventions.ageMax,
	costBand: interventions.costBand,
	evidenceLastReviewed: interventions.evidenceLastReviewed,
	pageUpdated: interventions.pageUpdated,
	topics: sql<Topic[]>`(
		select coalesce(json_agg(${interventionTopics.topic}), '[]') from ${interventionTopics}
		where ${interventionTopics.interventionId} = ${rowId})`,
	ratings: sql<RatingRow[]>`(
		select coalesce(json_agg(json_build_object(
			'outcome', ${outcomeRatings.outcome},
			'domain', ${outcomeRatings.domain},
			'effectiveness', ${outcomeRatings.effectiveness},
			'strength', ${outcomeRatings.strength},
			'studyCount', ${outcomeRatings.studyCount},
			'ukStudyCount', ${outcomeRatings.ukStudyCount},
			'source', ${outcomeRatings.source}
		) order by ${outcomeRatings.position}), '[]') from ${outcomeRatings}
		where ${outcomeRatings.interventionId} = ${rowId})`
} satisfies Record<keyof SummaryRow, unknown>;

/**
 * A condition holding for interventions readers can see. The bare column, not `live = $1`, so
 * the planner can use the indexes made only of live rows.
 */
export const isLive = sql`${interventions.live}`;

/** A condition holding for interventions filed under the topic. */
export function filedUnder(db: Database, { topic }: { topic: Topic }): SQL {
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

/**
 * Every Evidence Store entry, by name, with its outcome ratings; optionally only one topic's, or
 * only those of the slugs given (a slug of no published entry is left out).
 */
export async function listInterventions(
	db: Database,
	input: InterventionListInput = {}
): Promise<InterventionSummary[]> {
	const rows = await db
		.select(summaryColumns)
		.from(interventions)
		.where(
			and(
				isLive,
				input.topic ? filedUnder(db, { topic: input.topic }) : undefined,
				input.slugs ? inArray(interventions.slug, input.slugs) : undefined
			)
		)
		.orderBy(asc(interventions.name));
	return rows.map(toSummary);
}

/**
 * The editable content of an intervention, live or unpublished, with its id: what a new draft
 * starts from. The row, its topics and its study data — no ratings, no engine run.
 */
export async function findInterventionContent(
	db: Database,
	{ slug }: { slug: string }
): Promise<{ id: number; content: InterventionContent } | null> {
	const [row] = await db
		.select(interventionColumns)
		.from(interventions)
		.where(eq(interventions.slug, slug));
	if (!row) return null;
	const { name, alsoKnownAs, summary, description, costBand, emmie, sourceReview } = row;
	const topics = await findTopics(db, { interventionId: row.id });
	return {
		id: row.id,
		content: {
			slug: row.slug,
			name,
			alsoKnownAs,
			summary,
			description,
			topics,
			ageRange: ageRangeOf(row),
			costBand,
			emmie,
			sourceReview,
			...(await findStudyData(db, { interventionId: row.id }))
		}
	};
}

/**
 * The statement behind {@link findInterventionBySlug}: the row with its topics, studies, outcomes
 * (with their kept analyses, override and snapshots) and published change notes, in one round trip.
 */
const pageQuery = preparedOnce((db: Database) =>
	db.query.interventions
		.findFirst({
			columns: {
				searchVector: false,
				searchVectorNames: false,
				searchVectorSummary: false,
				filedUnderWords: false,
				bestStrength: false,
				live: false
			},
			where: and(eq(interventions.slug, sql.placeholder('slug')), isLive),
			with: {
				topics: { columns: { topic: true } },
				studies: { orderBy: asc(studies.id) },
				outcomeRatings: {
					orderBy: asc(outcomeRatings.position),
					with: {
						override: { columns: { justification: true } },
						snapshots: { columns: { ...changeLogColumns, reasons: true } }
					}
				},
				drafts: {
					columns: { publishedAt: true, changeNote: true },
					where: and(
						eq(drafts.kind, 'intervention'),
						inArray(drafts.state, ['published', 'superseded']),
						isNotNull(drafts.changeNote)
					),
					orderBy: [desc(drafts.publishedAt), desc(drafts.id)]
				}
			}
		})
		.prepare('intervention_page')
);

/** One Evidence Store entry by its slug, or null when there is none or it is unpublished. */
export async function findInterventionBySlug(
	db: Database,
	{ slug }: InterventionGetInput
): Promise<Intervention | null> {
	const row = await pageQuery(db).execute({ slug });
	if (!row) return null;
	const {
		topics,
		studies: studyRows,
		outcomeRatings: ratings,
		drafts: published,
		...columns
	} = row;
	const evidence = ratings.map(({ outcome, analysis, override, snapshots }): OutcomeEvidence => ({
		outcome,
		...(analysis ?? notAnalysedYet(latestOf(snapshots))),
		override: override ?? null
	}));
	return {
		...toSummary({ ...columns, topics: topics.map((filed) => filed.topic), ratings }),
		description: row.description,
		emmie: row.emmie,
		sourceReview: row.sourceReview,
		studies: studyRows.map(toStudySummary),
		evidence,
		ratingChanges: ratingChangesOf(ratings),
		changeNotes: published.map((draft) => ({
			date: draft.publishedAt?.toISOString().slice(0, 10) ?? '',
			note: draft.changeNote ?? ''
		}))
	};
}

/** The topics an intervention is filed under, in the domain's order. */
async function findTopics(
	db: Database,
	{ interventionId }: { interventionId: number }
): Promise<Topic[]> {
	const filed = await db
		.select({ topic: interventionTopics.topic })
		.from(interventionTopics)
		.where(eq(interventionTopics.interventionId, interventionId));
	return inTopicOrder(filed).map((row) => row.topic);
}

/**
 * An outcome inserted but not yet rated, which a reader sees only in the moment between the two
 * in a seed: its published reasons, and no analysis.
 */
function notAnalysedYet(
	published: { standardsVersion: string; reasons: OutcomeAnalysis['reasons'] } | null
): OutcomeAnalysis {
	return {
		metric: null,
		rows: [],
		notCounted: [],
		pooled: null,
		reasons: published?.reasons ?? [],
		standardsVersion: published?.standardsVersion ?? currentRatingStandards.version
	};
}

/** The last snapshot recorded: the published rating as it stands. */
function latestOf<Snapshot extends { id: number; ratedAt: Date }>(
	snapshots: readonly Snapshot[]
): Snapshot | null {
	return snapshots.reduce<Snapshot | null>(
		(latest, snapshot) =>
			!latest ||
			snapshot.ratedAt > latest.ratedAt ||
			(snapshot.ratedAt.getTime() === latest.ratedAt.getTime() && snapshot.id > latest.id)
				? snapshot
				: latest,
		null
	);
}
