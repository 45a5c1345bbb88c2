import { createHash } from 'node:crypto';
import {
	changesPublishedRating,
	currentRatingStandards,
	DomainError,
	publishRating,
	rateOutcome,
	standardsRepublishAuditAction,
	type RatingStandards,
	type StandardsDryRun,
	type StandardsRepublishInput,
	type StandardsRepublishOutcome
} from '@whatworks/domain';
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import {
	interventions,
	outcomeRatings,
	ratingOverrides,
	ratingSnapshots
} from '../schema/index.js';
import { recordAudit } from './audit.js';
import { findContrastsByOutcome } from './contrasts.js';
import { isLive } from './interventions.js';
import { latestSnapshots } from './latest-snapshots.js';
import { recordRating } from './ratings.js';
import { toPendingChange, type PendingRating } from './standards-review-rows.js';

/**
 * Every published outcome rating (of a live intervention) whose last snapshot was recorded under
 * another version than `standards`, rated again under them from its coded contrasts, with the
 * reviewer's override kept as publishing keeps it. By intervention name, then in page order.
 */
async function findPendingRatings(
	db: Database,
	{ standards }: { standards: RatingStandards }
): Promise<PendingRating[]> {
	const latest = latestSnapshots(db, {
		id: ratingSnapshots.id,
		ratedAt: ratingSnapshots.ratedAt,
		effectiveness: ratingSnapshots.effectiveness,
		strength: ratingSnapshots.strength,
		source: ratingSnapshots.source,
		standardsVersion: ratingSnapshots.standardsVersion
	});
	const rows = await db
		.select({
			outcomeRatingId: outcomeRatings.id,
			outcome: outcomeRatings.outcome,
			slug: interventions.slug,
			name: interventions.name,
			last: {
				id: latest.id,
				ratedAt: latest.ratedAt,
				effectiveness: latest.effectiveness,
				strength: latest.strength,
				source: latest.source,
				standardsVersion: latest.standardsVersion
			}
		})
		.from(outcomeRatings)
		.innerJoin(interventions, and(eq(interventions.id, outcomeRatings.interventionId), isLive))
		.innerJoin(latest, eq(latest.outcomeRatingId, outcomeRatings.id))
		.where(ne(latest.standardsVersion, standards.version))
		.orderBy(asc(interventions.name), asc(interventions.id), asc(outcomeRatings.position));
	if (rows.length === 0) return [];

	const ids = rows.map((row) => row.outcomeRatingId);
	const contrasts = await findContrastsByOutcome(db, { outcomeRatingIds: ids });
	const overrides = new Map(
		(
			await db.select().from(ratingOverrides).where(inArray(ratingOverrides.outcomeRatingId, ids))
		).map((override) => [override.outcomeRatingId, override])
	);
	return rows.map((row) => {
		const stored = contrasts.get(row.outcomeRatingId) ?? [];
		const result = rateOutcome(
			stored.map((c) => c.contrast),
			standards
		);
		return {
			outcomeRatingId: row.outcomeRatingId,
			intervention: { slug: row.slug, name: row.name },
			outcome: row.outcome,
			last: row.last,
			contrasts: stored,
			result,
			published: publishRating(result, overrides.get(row.outcomeRatingId) ?? null)
		};
	});
}

/**
 * Names exactly what a republish would do: the version, and for every pending rating its last
 * snapshot and the rating it would publish. Anything published in between changes it.
 */
function fingerprintOf(standards: RatingStandards, pending: readonly PendingRating[]): string {
	const facts = pending.map((rating) => [
		rating.outcomeRatingId,
		rating.last.id,
		rating.published.effectiveness,
		rating.published.strength,
		rating.published.source
	]);
	return createHash('sha256')
		.update(JSON.stringify([standards.version, facts]))
		.digest('hex');
}

const isChange = (rating: PendingRating) => changesPublishedRating(rating.last, rating.published);

/**
 * What republishing under `standards` (the code's, unless told otherwise) would do, changing
 * nothing: every published rating it would change — from what to what, and the rules that fired —
 * and how many more it would only record under the new version. Its fingerprint is what
 * {@link republishUnderStandards} asks for, so that nobody republishes a list they did not see.
 */
export async function dryRunStandards(
	db: Database,
	{ standards = currentRatingStandards }: { standards?: RatingStandards } = {}
): Promise<StandardsDryRun> {
	const pending = await findPendingRatings(db, { standards });
	const changes = pending.filter(isChange);
	return {
		standardsVersion: standards.version,
		changes: changes.map(toPendingChange),
		unchangedCount: pending.length - changes.length,
		fingerprint: fingerprintOf(standards, pending)
	};
}

/**
 * Republishes every rating the dry run with this fingerprint showed, under `standards`, in one
 * transaction: a snapshot of each under the new version, all dated by the database's clock at the
 * start of the transaction, as every other snapshot is (the changed ones enter the
 * public change log with the change note), their published ratings, and one audit entry naming
 * the reviewer and the count. All or nothing; refused as a conflict when the ratings moved since
 * the dry run, or when none is pending.
 */
export async function republishUnderStandards(
	db: Database,
	{
		standards = currentRatingStandards,
		fingerprint,
		changeNote,
		actorId
	}: StandardsRepublishInput & { standards?: RatingStandards; actorId: number }
): Promise<StandardsRepublishOutcome> {
	return db.transaction(async (tx) => {
		// Two reviewers republishing at once take turns; the second then finds nothing pending.
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext('whatworks:standards-republish'))`);
		const pending = await findPendingRatings(tx, { standards });
		if (pending.length === 0) {
			throw new DomainError(
				'CONFLICT',
				`Every published rating is already under version ${standards.version} of the Evidence Standards: there is nothing to republish.`
			);
		}
		if (fingerprintOf(standards, pending) !== fingerprint) {
			throw new DomainError(
				'CONFLICT',
				'The published ratings changed since you looked at them. Check the list of changes again, then republish.'
			);
		}
		for (const rating of pending) {
			const { outcomeRatingId, last, contrasts, result, published } = rating;
			// Only a changed rating enters the public change log, so only it carries the note.
			const note = changesPublishedRating(last, published) ? changeNote : null;
			await recordRating(tx, {
				outcomeRatingId,
				ratedAt: undefined,
				last,
				contrasts,
				result,
				published,
				changeNote: note
			});
		}
		const changed = pending.filter(isChange).length;
		await recordAudit(tx, {
			actorId,
			action: standardsRepublishAuditAction,
			subjectType: 'evidence-standards',
			subjectId: standards.version,
			detail: {
				republished: pending.length,
				changed,
				changeNote
			}
		});
		return { standardsVersion: standards.version, republished: pending.length, changed };
	});
}
