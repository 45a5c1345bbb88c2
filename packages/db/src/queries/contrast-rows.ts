import type { Contrast } from '@whatworks/domain';
import type { contrasts } from '../schema/index.js';

/** A coded contrast as the rating engine takes it, with the outcome and study it belongs to. */
export interface StoredContrast {
	outcomeRatingId: number;
	studyId: number;
	contrast: Contrast;
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
