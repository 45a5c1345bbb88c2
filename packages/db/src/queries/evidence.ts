import { rateOutcome, z975, type OutcomeEvidence, type StudySummary } from '@whatworks/domain';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../client.js';
import { ratingOverrides, studies, type outcomeRatings } from '../schema/index.js';
import { findContrasts } from './contrasts.js';

/**
 * The studies of an intervention and, per outcome, the analysis behind its rating: the engine is
 * run on the coded contrasts as they are now, so the forest plot always matches the data.
 */
export async function findEvidence(
	db: Database,
	interventionId: number,
	outcomes: readonly (typeof outcomeRatings.$inferSelect)[]
): Promise<{ studies: StudySummary[]; evidence: OutcomeEvidence[] }> {
	const studyRows = await db
		.select()
		.from(studies)
		.where(eq(studies.interventionId, interventionId))
		.orderBy(asc(studies.id));
	const outcomeIds = outcomes.map((o) => o.id);
	const stored = await findContrasts(db, { outcomeRatingIds: outcomeIds });
	const overrides =
		outcomeIds.length === 0
			? []
			: await db
					.select()
					.from(ratingOverrides)
					.where(inArray(ratingOverrides.outcomeRatingId, outcomeIds));
	const studyById = new Map(studyRows.map((study) => [study.id, study]));

	const evidence = outcomes.map((outcome): OutcomeEvidence => {
		const rows = stored.filter((c) => c.outcomeRatingId === outcome.id);
		const studyOf = new Map(rows.map((c) => [c.contrast.id, c.studyId]));
		const result = rateOutcome(rows.map((c) => c.contrast));
		const override = overrides.find((o) => o.outcomeRatingId === outcome.id);
		return {
			outcome: outcome.outcome,
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
			reasons: result.reasons,
			override: override ? { justification: override.justification } : null,
			standardsVersion: result.standardsVersion
		};
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
