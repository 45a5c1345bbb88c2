import { previewRating, type StudyEntry } from '@whatworks/domain';
import { and, eq, notInArray } from 'drizzle-orm';
import type { Database } from '../../client.js';
import { contrasts, outcomeRatings, ratingOverrides, studies } from '../../schema/index.js';
import { rateAndPublishOutcome } from '../../queries/ratings.js';
import { storedId, type StudyData } from '../../queries/study-data.js';

// Publishing an intervention's study data: the one write of study data, used by its content store.

/**
 * Makes the study data of the revision being published the live one, inside the publishing
 * transaction: rows named by key are updated (so outcomes keep their rating history), new ones
 * inserted, missing ones deleted; then every outcome is rated again by the Evidence Standards.
 */
export async function publishStudyData(
	tx: Database,
	{ interventionId, data }: { interventionId: number; data: StudyData }
): Promise<void> {
	const studyIds = await syncStudies(tx, { interventionId, entries: data.studies });
	const outcomeIds = await syncOutcomes(tx, { interventionId, data });
	for (const [index, outcome] of data.outcomes.entries()) {
		const outcomeRatingId = outcomeIds[index] ?? 0;
		await tx.delete(contrasts).where(eq(contrasts.outcomeRatingId, outcomeRatingId));
		if (outcome.contrasts.length > 0) {
			await tx.insert(contrasts).values(
				outcome.contrasts.map(({ studyKey: key, ...numbers }) => ({
					outcomeRatingId,
					studyId: studyIds.get(key) ?? 0,
					...numbers
				}))
			);
		}
		await tx.delete(ratingOverrides).where(eq(ratingOverrides.outcomeRatingId, outcomeRatingId));
		if (outcome.override) {
			await tx.insert(ratingOverrides).values({ outcomeRatingId, ...outcome.override });
		}
		await rateAndPublishOutcome(tx, { outcomeRatingId });
	}
}

/** Writes the studies; returns the database id of each study key. */
async function syncStudies(
	tx: Database,
	{ interventionId, entries }: { interventionId: number; entries: readonly StudyEntry[] }
): Promise<Map<string, number>> {
	const existing = new Set(
		(
			await tx
				.select({ id: studies.id })
				.from(studies)
				.where(eq(studies.interventionId, interventionId))
		).map((row) => row.id)
	);
	const ids = new Map<string, number>();
	for (const { key, ...study } of entries) {
		const id = storedId(key, 's');
		if (id !== null && existing.has(id)) {
			await tx.update(studies).set(study).where(eq(studies.id, id));
			ids.set(key, id);
		} else {
			const [row] = await tx
				.insert(studies)
				.values({ interventionId, ...study })
				.returning({ id: studies.id });
			if (!row) throw new Error('The study could not be saved');
			ids.set(key, row.id);
		}
	}
	await removeOthers(tx, { table: studies, interventionId, kept: [...ids.values()] });
	return ids;
}

/** Writes the outcomes in order; returns their database ids in the same order. */
async function syncOutcomes(
	tx: Database,
	{ interventionId, data }: { interventionId: number; data: StudyData }
): Promise<number[]> {
	const existing = new Set(
		(
			await tx
				.select({ id: outcomeRatings.id })
				.from(outcomeRatings)
				.where(eq(outcomeRatings.interventionId, interventionId))
		).map((row) => row.id)
	);
	const ids: number[] = [];
	for (const [position, entry] of data.outcomes.entries()) {
		const columns = {
			position,
			outcome: entry.outcome,
			domain: entry.domain,
			source: entry.source
		};
		const id = storedId(entry.key, 'o');
		if (id !== null && existing.has(id)) {
			await tx.update(outcomeRatings).set(columns).where(eq(outcomeRatings.id, id));
			ids.push(id);
		} else {
			// Rated properly once its contrasts are in; the preview fills the required columns.
			const { published } = previewRating(entry, data.studies);
			const [row] = await tx
				.insert(outcomeRatings)
				.values({
					interventionId,
					...columns,
					effectiveness: published.effectiveness,
					strength: published.strength
				})
				.returning({ id: outcomeRatings.id });
			if (!row) throw new Error('The outcome could not be saved');
			ids.push(row.id);
		}
	}
	await removeOthers(tx, { table: outcomeRatings, interventionId, kept: ids });
	return ids;
}

/** Deletes the intervention's rows of a table other than the kept ones. */
async function removeOthers(
	tx: Database,
	{
		table,
		interventionId,
		kept
	}: { table: typeof studies | typeof outcomeRatings; interventionId: number; kept: number[] }
): Promise<void> {
	await tx
		.delete(table)
		.where(
			and(
				eq(table.interventionId, interventionId),
				kept.length > 0 ? notInArray(table.id, kept) : undefined
			)
		);
}
