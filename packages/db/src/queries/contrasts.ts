import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../client.js';
import { contrasts, studies } from '../schema/index.js';
import { toStoredContrast, type StoredContrast } from './contrast-rows.js';

/**
 * The contrasts of some outcomes in the rating engine's terms, in the order they were coded. The
 * country comes from the contrast's study, which is where it is recorded.
 */
export async function findContrasts(
	db: Database,
	{ outcomeRatingIds }: { outcomeRatingIds: readonly number[] }
): Promise<StoredContrast[]> {
	if (outcomeRatingIds.length === 0) return [];
	const rows = await db
		.select({ row: contrasts, country: studies.country, label: studies.label })
		.from(contrasts)
		.innerJoin(studies, eq(studies.id, contrasts.studyId))
		.where(inArray(contrasts.outcomeRatingId, [...outcomeRatingIds]))
		.orderBy(asc(contrasts.id));
	return rows.map(({ row, country, label }) => toStoredContrast(row, { country, label }));
}

/** The contrasts of some outcomes, as {@link findContrasts} gives them, by outcome. */
export async function findContrastsByOutcome(
	db: Database,
	{ outcomeRatingIds }: { outcomeRatingIds: readonly number[] }
): Promise<Map<number, StoredContrast[]>> {
	const byOutcome = new Map<number, StoredContrast[]>();
	for (const stored of await findContrasts(db, { outcomeRatingIds })) {
		const list = byOutcome.get(stored.outcomeRatingId) ?? [];
		list.push(stored);
		byOutcome.set(stored.outcomeRatingId, list);
	}
	return byOutcome;
}
