import { rateOutcome, z975, type OutcomeEvidence, type StudySummary } from '@whatworks/domain';
import type { outcomeRatings, ratingOverrides, ratingSnapshots, studies } from '../schema/index.js';
import type { StoredContrast } from './contrasts.js';

/**
 * An outcome as its page reads it: the stored rating with its contrasts and override, and the
 * version and reasons its published rating was recorded with (its last snapshot), if any.
 */
export interface OutcomeWithEvidence {
	rating: typeof outcomeRatings.$inferSelect;
	contrasts: readonly StoredContrast[];
	override: Pick<typeof ratingOverrides.$inferSelect, 'justification'> | null;
	published: Pick<typeof ratingSnapshots.$inferSelect, 'standardsVersion' | 'reasons'> | null;
}

/**
 * The studies of an intervention and, per outcome, the analysis behind its rating: the engine is
 * run on the coded contrasts as they are now, so the forest plot always matches the data. Between
 * a new version of the Evidence Standards and its republishing, the rating readers see is still
 * the one published under the old version, so the page gives that version's reasons with it.
 */
export function evidenceOf(
	studyRows: readonly (typeof studies.$inferSelect)[],
	outcomes: readonly OutcomeWithEvidence[]
): { studies: StudySummary[]; evidence: OutcomeEvidence[] } {
	const studyById = new Map(studyRows.map((study) => [study.id, study]));

	const evidence = outcomes.map(({ rating, contrasts: rows, override, published }) => {
		const studyOf = new Map(rows.map((c) => [c.contrast.id, c.studyId]));
		const result = rateOutcome(rows.map((c) => c.contrast));
		const rules =
			published && published.standardsVersion !== result.standardsVersion ? published : result;
		return {
			outcome: rating.outcome,
			metric: result.metric,
			rows: result.counted.map((counted) => {
				const studyId = studyOf.get(counted.contrastIds[0] ?? '') ?? 0;
				const halfWidth = z975 * Math.sqrt(counted.vi);
				return {
					studyId,
					label: labelOf(studyById.get(studyId), studyId),
					estimate: counted.yi,
					ciLower: counted.yi - halfWidth,
					ciUpper: counted.yi + halfWidth,
					weightPercent: counted.weightPercent,
					designRating: counted.designRating
				};
			}),
			notCounted: rows.filter((c) => c.contrast.designRating === 'low').map((c) => c.studyId),
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
			override: override ? { justification: override.justification } : null,
			standardsVersion: rules.standardsVersion
		} satisfies OutcomeEvidence;
	});

	return {
		studies: studyRows.map((study) => ({
			id: study.id,
			label: labelOf(study, study.id),
			citation: study.citation,
			year: study.year,
			country: study.country,
			design: study.design,
			independentOfDeveloper: study.independentOfDeveloper,
			participants: study.treatmentN + study.comparisonN,
			source: study.source
		})),
		evidence
	};
}

/** A study's short label, or a neutral one for studies coded before labels existed. */
function labelOf(study: { label: string } | undefined, id: number): string {
	return study?.label || `Study ${id}`;
}
