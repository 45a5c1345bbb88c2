import type { Contrast } from '@whatworks/domain';
import type { contrasts } from '../schema/index.js';

/**
 * A coded contrast as the rating engine takes it, with the outcome it belongs to and the study it
 * comes from (its id and the label a forest plot names it by).
 */
export interface StoredContrast {
	outcomeRatingId: number;
	studyId: number;
	studyLabel: string;
	contrast: Contrast;
}

/** A contrast row in the rating engine's terms, given its study's country and label. */
export function toStoredContrast(
	row: typeof contrasts.$inferSelect,
	study: { country: string; label: string }
): StoredContrast {
	const { country } = study;
	return {
		outcomeRatingId: row.outcomeRatingId,
		studyId: row.studyId,
		studyLabel: studyLabelOf(study.label, row.studyId),
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

/** A study's short label, or a neutral one for studies coded before labels existed. */
export function studyLabelOf(label: string, studyId: number): string {
	return label || `Study ${studyId}`;
}
