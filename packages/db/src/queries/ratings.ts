import {
	currentRatingStandards,
	publishRating,
	rateOutcome,
	type OutcomeRatingResult,
	type PublishedRating,
	type RatingStandards
} from '@whatworks/domain';
import { asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { outcomeRatings, ratingOverrides, ratingSnapshots } from '../schema/index.js';
import type { StoredContrast } from './contrast-rows.js';
import { findContrasts, findContrastsByOutcome } from './contrasts.js';
import { analyseOutcome } from './evidence.js';
import { latestSnapshots } from './latest-snapshots.js';

/** What rating an outcome did: the engine's result, what was published, and whether it changed. */
export interface RatedOutcome {
	result: OutcomeRatingResult;
	published: PublishedRating;
	/** Whether the published rating differs from the last one recorded (a new change-log entry). */
	changed: boolean;
}

/**
 * Rates one outcome from its coded contrasts by the Evidence Standards (the code's, unless told
 * otherwise), publishes the computed rating — or the reviewer's override when one is stored — and
 * records a snapshot whenever the published rating, its source or the standards version changes.
 * All in one transaction.
 * The snapshot is dated now, or at `ratedAt` when the rating records history (the demo seed
 * dates each rating the day its entry was first published); a change log runs forwards, so that
 * may not be before the outcome's last snapshot.
 */
export async function rateAndPublishOutcome(
	db: Database,
	{
		outcomeRatingId,
		ratedAt,
		standards = currentRatingStandards
	}: { outcomeRatingId: number; ratedAt?: Date; standards?: RatingStandards }
): Promise<RatedOutcome> {
	return db.transaction(async (tx) => {
		const stored = await findContrasts(tx, { outcomeRatingIds: [outcomeRatingId] });
		const result = rateOutcome(
			stored.map(({ contrast }) => contrast),
			standards
		);

		const [override] = await tx
			.select()
			.from(ratingOverrides)
			.where(eq(ratingOverrides.outcomeRatingId, outcomeRatingId));
		const published = publishRating(result, override ?? null);

		const [last] = await tx
			.select()
			.from(ratingSnapshots)
			.where(eq(ratingSnapshots.outcomeRatingId, outcomeRatingId))
			.orderBy(desc(ratingSnapshots.ratedAt), desc(ratingSnapshots.id))
			.limit(1);
		const changed = await recordRating(tx, {
			outcomeRatingId,
			ratedAt,
			last: last ?? null,
			contrasts: stored,
			result,
			published
		});
		return { result, published, changed };
	});
}

/** What {@link recordRating} compares a new rating with: the outcome's last snapshot. */
export type LastSnapshot = Pick<
	typeof ratingSnapshots.$inferSelect,
	'ratedAt' | 'effectiveness' | 'strength' | 'source' | 'standardsVersion'
>;

/**
 * Publishes a rating the engine made from `contrasts`: a snapshot when it differs from the `last`
 * one recorded (in the rating, its source or the standards version), and the outcome's rating,
 * study counts and analysis. Pass the transaction the rating was made in; says whether a
 * snapshot was written.
 */
export async function recordRating(
	tx: Database,
	{
		outcomeRatingId,
		ratedAt,
		last,
		contrasts,
		result,
		published,
		changeNote = null
	}: {
		outcomeRatingId: number;
		ratedAt: Date | undefined;
		last: LastSnapshot | null;
		contrasts: readonly StoredContrast[];
		result: OutcomeRatingResult;
		published: PublishedRating;
		/** The reviewer's public note, when republishing under new standards. */
		changeNote?: string | null;
	}
): Promise<boolean> {
	if (ratedAt && last && ratedAt < last.ratedAt) {
		throw new RangeError(
			`A rating dated ${ratedAt.toISOString()} would come before the last one recorded, of ${last.ratedAt.toISOString()}`
		);
	}
	const changed =
		!last ||
		last.effectiveness !== published.effectiveness ||
		last.strength !== published.strength ||
		last.source !== published.source ||
		last.standardsVersion !== result.standardsVersion;
	if (changed) {
		await tx
			.insert(ratingSnapshots)
			.values({ outcomeRatingId, ratedAt, changeNote, ...snapshotOf(result, published) });
	}

	// An override of an outcome without coded studies keeps the study counts it was published with.
	const counts =
		result.eligibleCount > 0 || published.source === 'computed'
			? { studyCount: result.eligibleCount, ukStudyCount: result.ukCount }
			: {};
	await tx
		.update(outcomeRatings)
		.set({
			effectiveness: published.effectiveness,
			strength: published.strength,
			...counts,
			analysis: analyseOutcome({ result, contrasts })
		})
		.where(eq(outcomeRatings.id, outcomeRatingId));
	return changed;
}

/** Outcomes analysed per statement by {@link analyseUnanalysedOutcomes}. */
const analysedPerBatch = 500;

/**
 * Works out the analysis of every outcome that has none — those published before analyses were
 * kept, or inserted without a rating — by the code's Evidence Standards, keeping the reasons of
 * a rating published under another version as {@link analyseOutcome} does. Run by the migration
 * step, the embedded database's opening, the demo seed and the benchmark's generator; cheap when
 * there is nothing to do (one indexed look).
 * @returns how many outcomes it analysed
 */
export async function analyseUnanalysedOutcomes(db: Database): Promise<number> {
	let analysed = 0;
	for (;;) {
		const batch = await db
			.select({ id: outcomeRatings.id })
			.from(outcomeRatings)
			.where(isNull(outcomeRatings.analysis))
			.orderBy(asc(outcomeRatings.id))
			.limit(analysedPerBatch);
		if (batch.length === 0) return analysed;
		const ids = batch.map((row) => row.id);
		const contrasts = await findContrastsByOutcome(db, { outcomeRatingIds: ids });
		const latest = latestSnapshots(db, {
			standardsVersion: ratingSnapshots.standardsVersion,
			reasons: ratingSnapshots.reasons
		});
		const published = new Map(
			(await db.select().from(latest).where(inArray(latest.outcomeRatingId, ids))).map(
				(snapshot) => [snapshot.outcomeRatingId, snapshot]
			)
		);
		const rows = ids.map((id) => {
			const stored = contrasts.get(id) ?? [];
			const result = rateOutcome(stored.map((c) => c.contrast));
			const analysis = analyseOutcome({
				result,
				contrasts: stored,
				published: published.get(id) ?? null
			});
			return sql`(${id}::int, ${JSON.stringify(analysis)}::jsonb)`;
		});
		await db.execute(sql`update ${outcomeRatings} set analysis = analysed.analysis
			from (values ${sql.join(rows, sql`, `)}) as analysed (id, analysis)
			where ${outcomeRatings.id} = analysed.id`);
		analysed += ids.length;
	}
}

/** What a rating snapshot records of the engine's result and the rating published from it. */
export interface RatingSnapshotRecord {
	standardsVersion: string;
	computedEffectiveness: OutcomeRatingResult['effectiveness'];
	computedStrength: OutcomeRatingResult['strength'];
	effectiveness: PublishedRating['effectiveness'];
	strength: PublishedRating['strength'];
	source: PublishedRating['source'];
	eligibleCount: number;
	ukCount: number;
	metric: OutcomeRatingResult['metric'];
	pooled: OutcomeRatingResult['pooled'];
	reasons: OutcomeRatingResult['reasons'];
}

/** The snapshot to keep of one rating (a domain shape, so no Drizzle type leaves the package). */
export function snapshotOf(
	result: OutcomeRatingResult,
	published: PublishedRating
): RatingSnapshotRecord {
	return {
		standardsVersion: result.standardsVersion,
		computedEffectiveness: result.effectiveness,
		computedStrength: result.strength,
		effectiveness: published.effectiveness,
		strength: published.strength,
		source: published.source,
		eligibleCount: result.eligibleCount,
		ukCount: result.ukCount,
		metric: result.metric,
		pooled: result.pooled,
		reasons: result.reasons
	};
}
