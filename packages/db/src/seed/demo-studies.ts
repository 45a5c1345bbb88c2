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
import { planIllustrativeStudies, type IllustrativeStudy } from './illustrative-studies.js';
import { publishedAt, seedInterventions, type SeedIntervention } from './interventions.js';

const seedEventKey = 'demo-studies-seeded';

/**
 * Seeds, once per database, the study-level data behind the demo ratings and rates every demo
 * outcome through the Evidence Standards: illustrative studies (labelled as such) for the
 * illustrative ratings, and for the two entries whose ratings the original Evidence Store
 * published, an override that says where the rating comes from. Each rating, and each override,
 * is dated the day its entry was first published, so the public change log tells that history
 * rather than the day this database was made.
 * @returns the number of studies added (0 when this was done before)
 */
export async function seedDemoStudies(db: Database): Promise<number> {
	return db.transaction(async (tx) => {
		if (!(await recordOnce(tx, { key: seedEventKey }))) return 0;
		let added = 0;
		for (const item of seedInterventions) {
			const ratedAt = publishedAt(item);
			const planned = planIllustrativeStudies(item);
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
						justification: publishedJustification(item),
						createdAt: ratedAt
					});
				} else {
					added += await addIllustrativeStudies(tx, {
						studies: planned.get(rating.outcome) ?? [],
						interventionId: intervention.id,
						outcomeRatingId: outcome.id
					});
				}
				await rateAndPublishOutcome(tx, { outcomeRatingId: outcome.id, ratedAt });
			}
		}
		return added;
	});
}

function publishedJustification(item: SeedIntervention): string {
	return (
		'Rating published by the original What Works Centre Evidence Store' +
		// A source that ends a sentence of its own ("… a systematic review.") keeps its one full stop.
		(item.sourceReview ? `, from ${item.sourceReview.replace(/\.$/, '')}` : '') +
		'. The study-level data behind it are not yet coded here.'
	);
}

async function addIllustrativeStudies(
	db: Database,
	target: { studies: IllustrativeStudy[]; interventionId: number; outcomeRatingId: number }
): Promise<number> {
	for (const planned of target.studies) {
		const { designRating, effectSize, variance, ...report } = planned;
		const [study] = await db
			.insert(studies)
			.values({ ...report, interventionId: target.interventionId, source: 'illustrative' })
			.returning({ id: studies.id });
		if (!study) throw new Error('Could not add a demo study');
		await db.insert(contrasts).values({
			outcomeRatingId: target.outcomeRatingId,
			studyId: study.id,
			sampleId: `study-${study.id}`,
			metric: 'smd',
			effectSize,
			variance,
			favourableDirection: 'higher',
			designRating,
			treatmentN: planned.treatmentN,
			comparisonN: planned.comparisonN
		});
	}
	return target.studies.length;
}
