import {
	z975,
	type OutcomeAnalysis,
	type OutcomeRatingResult,
	type StudySummary
} from '@whatworks/domain';
import { inArray } from 'drizzle-orm';
import type { Database } from '../client.js';
import { studies } from '../schema/index.js';
import type { StoredContrast } from './contrast-rows.js';
import { findContrasts } from './contrasts.js';

// An outcome's analysis — the forest plot's rows, the pooled estimate and the reasons for its
// rating — is worked out once, when its rating is published, and kept with it: a reader's page
// reads it and runs no engine.

/** What the analysis of some outcomes is worked out from: their contrasts and their studies' labels. */
export interface AnalysisInputs {
	contrasts: Map<number, StoredContrast[]>;
	labels: Map<number, string>;
}

/** The coded contrasts of the outcomes, by outcome, and the labels of the studies they come from. */
export async function findAnalysisInputs(
	db: Database,
	{ outcomeRatingIds }: { outcomeRatingIds: readonly number[] }
): Promise<AnalysisInputs> {
	const contrasts = new Map<number, StoredContrast[]>();
	for (const stored of await findContrasts(db, { outcomeRatingIds })) {
		const list = contrasts.get(stored.outcomeRatingId) ?? [];
		list.push(stored);
		contrasts.set(stored.outcomeRatingId, list);
	}
	const studyIds = [...new Set([...contrasts.values()].flat().map((c) => c.studyId))];
	const rows =
		studyIds.length === 0
			? []
			: await db
					.select({ id: studies.id, label: studies.label })
					.from(studies)
					.where(inArray(studies.id, studyIds));
	return { contrasts, labels: new Map(rows.map((row) => [row.id, labelOf(row.label, row.id)])) };
}

/**
 * One outcome's analysis from the rating engine's result on its contrasts. Between a new version
 * of the Evidence Standards and its republishing, the rating readers see is still the one
 * published under the old version: given that rating (`published`), the reasons and version
 * are that rating's.
 */
export function analyseOutcome({
	result,
	contrasts,
	labels,
	published = null
}: {
	result: OutcomeRatingResult;
	contrasts: readonly StoredContrast[];
	labels: ReadonlyMap<number, string>;
	published?: Pick<OutcomeAnalysis, 'standardsVersion' | 'reasons'> | null;
}): OutcomeAnalysis {
	const studyOf = new Map(contrasts.map((c) => [c.contrast.id, c.studyId]));
	const rules =
		published && published.standardsVersion !== result.standardsVersion ? published : result;
	return {
		metric: result.metric,
		rows: result.counted.map((counted) => {
			const studyId = studyOf.get(counted.contrastIds[0] ?? '') ?? 0;
			const halfWidth = z975 * Math.sqrt(counted.vi);
			return {
				studyId,
				label: labels.get(studyId) ?? labelOf('', studyId),
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
		label: labelOf(study.label, study.id),
		citation: study.citation,
		year: study.year,
		country: study.country,
		design: study.design,
		independentOfDeveloper: study.independentOfDeveloper,
		participants: study.treatmentN + study.comparisonN,
		source: study.source
	};
}

/** A study's short label, or a neutral one for studies coded before labels existed. */
function labelOf(label: string, id: number): string {
	return label || `Study ${id}`;
}
