import {
	z975,
	type OutcomeAnalysis,
	type OutcomeRatingResult,
	type StudySummary
} from '@whatworks/domain';
import type { studies } from '../schema/index.js';
import { studyLabelOf, type StoredContrast } from './contrast-rows.js';

// An outcome's analysis — the forest plot's rows, the pooled estimate and the reasons for its
// rating — is worked out once, when its rating is published, and kept with it: a reader's page
// reads it and runs no engine.

/**
 * One outcome's analysis from the rating engine's result on its contrasts. Between a new version
 * of the Evidence Standards and its republishing, the rating readers see is still the one
 * published under the old version: given that rating (`published`), the reasons and version
 * are that rating's.
 */
export function analyseOutcome({
	result,
	contrasts,
	published = null
}: {
	result: OutcomeRatingResult;
	/** The contrasts the result was worked out from. */
	contrasts: readonly StoredContrast[];
	published?: Pick<OutcomeAnalysis, 'standardsVersion' | 'reasons'> | null;
}): OutcomeAnalysis {
	const contrastById = new Map(contrasts.map((c) => [c.contrast.id, c]));
	const rules =
		published && published.standardsVersion !== result.standardsVersion ? published : result;
	return {
		metric: result.metric,
		rows: result.counted.map((counted) => {
			const study = contrastById.get(counted.contrastIds[0] ?? '');
			const halfWidth = z975 * Math.sqrt(counted.vi);
			return {
				studyId: study?.studyId ?? 0,
				label: study?.studyLabel ?? studyLabelOf('', 0),
				estimate: counted.yi,
				ciLower: counted.yi - halfWidth,
				ciUpper: counted.yi + halfWidth,
				weightPercent: counted.weightPercent,
				designRating: counted.designRating
			};
		}),
		notCounted: contrasts.filter((c) => c.contrast.designRating === 'low').map((c) => c.studyId),
		pooled: result.pooled && {
			k: result.pooled.k,
			estimate: result.pooled.estimate,
			se: result.pooled.se,
			ciLower: result.pooled.ciLower,
			ciUpper: result.pooled.ciUpper,
			p: result.pooled.p,
			tau2: result.pooled.tau2,
			i2: result.pooled.i2,
			predictionLower: result.pooled.predictionLower,
			predictionUpper: result.pooled.predictionUpper
		},
		reasons: rules.reasons,
		standardsVersion: rules.standardsVersion
	};
}

/** An intervention's studies as its page lists them. */
export function toStudySummary(study: typeof studies.$inferSelect): StudySummary {
	return {
		id: study.id,
		label: studyLabelOf(study.label, study.id),
		citation: study.citation,
		year: study.year,
		country: study.country,
		design: study.design,
		independentOfDeveloper: study.independentOfDeveloper,
		participants: study.treatmentN + study.comparisonN,
		source: study.source
	};
}
