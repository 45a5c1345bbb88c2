import type { DesignRating, Effectiveness, Strength, StudyDesign } from '@whatworks/domain';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../client.js';
import { recordOnce } from '../queries/app-events.js';
import { rateAndPublishOutcome } from '../queries/ratings.js';
import {
	contrasts,
	interventions,
	outcomeRatings,
	ratingOverrides,
	studies
} from '../schema/index.js';
import { seedInterventions, type SeedIntervention, type SeedRating } from './interventions.js';

/** One planned comparison of an illustrative demo study. */
interface PlannedContrast {
	designRating: DesignRating;
	/** Favourable direction is "higher": positive values are benefits. */
	effectSize: number;
	variance: number;
	groupSize: number;
}

const trial = (designRating: DesignRating, effectSize: number): PlannedContrast => ({
	designRating,
	effectSize,
	variance: 0.012,
	groupSize: 150
});

/**
 * The eligible comparisons that make the rating engine arrive at each demo rating: for example a
 * single well-run trial with a clear benefit "tended to be positive" on "moderate" evidence, and
 * two well-run trials with clear effects in opposite directions are "mixed", one level down.
 */
const eligiblePlans: Partial<
	Record<`${Effectiveness}/${Strength}`, (k: number) => PlannedContrast[]>
> = {
	'consistently-positive/high': (k) =>
		Array.from({ length: k }, (_, i) => trial('high', 0.32 + ((i % 3) - 1) * 0.03)),
	'tends-positive/moderate': () => [trial('high', 0.4)],
	'tends-positive/low': () => [trial('moderate', 0.4)],
	'mixed/moderate': () => [trial('high', 0.45), trial('high', -0.4)],
	'mixed/low': () => [trial('moderate', 0.45), trial('moderate', -0.4)],
	'no-effect/low': () => [trial('moderate', 0.03)],
	'insufficient/very-low': () => []
};

/** A small study rated low for design: listed with the evidence, never counted. */
const weakStudy: PlannedContrast = {
	designRating: 'low',
	effectSize: 0.2,
	variance: 0.05,
	groupSize: 40
};

const designOf: Record<DesignRating, StudyDesign> = { high: 'rct', moderate: 'qed', low: 'other' };

/**
 * Plans the illustrative studies behind one demo rating: the eligible comparisons that produce it,
 * then weak studies up to the number of studies the demo names.
 */
export function planIllustrativeContrasts(rating: SeedRating): PlannedContrast[] {
	const plan = eligiblePlans[`${rating.effectiveness}/${rating.strength}`];
	if (!plan) throw new Error(`No demo study plan gives ${rating.effectiveness}/${rating.strength}`);
	const total = rating.studyCount ?? 0;
	const eligible = plan(total);
	return [
		...eligible,
		...Array.from({ length: Math.max(0, total - eligible.length) }, () => weakStudy)
	];
}

const seedEventKey = 'demo-studies-seeded';

/**
 * Seeds, once per database, the study-level data behind the demo ratings and rates every demo
 * outcome through the Evidence Standards: illustrative studies (labelled as such) for the
 * illustrative ratings, and for the two entries whose ratings the original Evidence Store
 * published, an override that says where the rating comes from.
 * @returns the number of studies added (0 when this was done before)
 */
export async function seedDemoStudies(db: Database): Promise<number> {
	return db.transaction(async (tx) => {
		if (!(await recordOnce(tx, { key: seedEventKey }))) return 0;
		let added = 0;
		for (const item of seedInterventions) {
			const [intervention] = await tx
				.select({ id: interventions.id })
				.from(interventions)
				.where(eq(interventions.slug, item.slug));
			if (!intervention) continue; // removed by an editor: nothing to rate
			for (const rating of item.outcomes) {
				const [outcome] = await tx
					.select({ id: outcomeRatings.id })
					.from(outcomeRatings)
					.where(
						and(
							eq(outcomeRatings.interventionId, intervention.id),
							eq(outcomeRatings.outcome, rating.outcome)
						)
					);
				if (!outcome) continue;
				if (rating.source === 'published') {
					await tx.insert(ratingOverrides).values({
						outcomeRatingId: outcome.id,
						effectiveness: rating.effectiveness,
						strength: rating.strength,
						justification: publishedJustification(item)
					});
				} else {
					added += await addIllustrativeStudies(tx, {
						item,
						rating,
						interventionId: intervention.id,
						outcomeRatingId: outcome.id
					});
				}
				await rateAndPublishOutcome(tx, { outcomeRatingId: outcome.id });
			}
		}
		return added;
	});
}

function publishedJustification(item: SeedIntervention): string {
	return (
		'Rating published by the original What Works Centre Evidence Store' +
		(item.sourceReview ? `, from ${item.sourceReview}` : '') +
		'. The study-level data behind it are not yet coded here.'
	);
}

async function addIllustrativeStudies(
	db: Database,
	target: {
		item: SeedIntervention;
		rating: SeedRating;
		interventionId: number;
		outcomeRatingId: number;
	}
): Promise<number> {
	const planned = planIllustrativeContrasts(target.rating);
	for (const [i, contrast] of planned.entries()) {
		const country = i < (target.rating.ukStudyCount ?? 0) ? 'GB' : 'US';
		const [study] = await db
			.insert(studies)
			.values({
				interventionId: target.interventionId,
				label: `Demo study ${i + 1}`,
				citation: `Demo study ${i + 1} of ${target.item.name} on ${target.rating.outcome.toLowerCase()} (illustrative, not a real report)`,
				year: 2005 + ((i * 3) % 15),
				country,
				design: designOf[contrast.designRating],
				independentOfDeveloper: i % 2 === 0,
				treatmentN: contrast.groupSize,
				comparisonN: contrast.groupSize,
				source: 'illustrative'
			})
			.returning({ id: studies.id });
		if (!study) throw new Error('Could not add a demo study');
		await db.insert(contrasts).values({
			outcomeRatingId: target.outcomeRatingId,
			studyId: study.id,
			sampleId: `study-${study.id}`,
			metric: 'smd',
			effectSize: contrast.effectSize,
			variance: contrast.variance,
			favourableDirection: 'higher',
			designRating: contrast.designRating,
			treatmentN: contrast.groupSize,
			comparisonN: contrast.groupSize
		});
	}
	return planned.length;
}
