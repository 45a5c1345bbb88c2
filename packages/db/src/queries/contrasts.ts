import type { Contrast } from '@whatworks/domain';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../client.js';
import { contrasts, studies } from '../schema/index.js';

/** A coded contrast as the rating engine takes it, with the outcome and study it belongs to. */
export interface StoredContrast {
	outcomeRatingId: number;
	studyId: number;
	contrast: Contrast;
}

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
		.select({ row: contrasts, country: studies.country })
		.from(contrasts)
		.innerJoin(studies, eq(studies.id, contrasts.studyId))
		.where(inArray(contrasts.outcomeRatingId, [...outcomeRatingIds]))
		.orderBy(asc(contrasts.id));
	return rows.map(({ row, country }) => toStoredContrast(row, country));
}

/** A contrast row in the rating engine's terms, given its study's country. */
export function toStoredContrast(
	row: typeof contrasts.$inferSelect,
	country: string
): StoredContrast {
	return {
		outcomeRatingId: row.outcomeRatingId,
		studyId: row.studyId,
		contrast: {
			id: String(row.id),
			sampleId: row.sampleId,
			country,
			metric: row.metric,
			effectSize: row.effectSize,
			variance: row.variance,
			ciLower: row.ciLower,
			ciUpper: row.ciUpper,
			favourableDirection: row.favourableDirection,
			designRating: row.designRating,
			treatmentN: row.treatmentN,
			comparisonN: row.comparisonN
		}
	};
}
