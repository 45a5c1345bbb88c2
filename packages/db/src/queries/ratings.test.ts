import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client.js';
import {
	contrasts,
	interventions,
	outcomeRatings,
	ratingOverrides,
	ratingSnapshots,
	studies
} from '../schema/index.js';
import { seedDemoContent } from '../seed/seed-demo-content.js';
import { openTestDatabase, testDatabaseKinds } from '../testing/test-databases.js';
import { findInterventionBySlug } from './interventions.js';
import { rateAndPublishOutcome } from './ratings.js';

describe.each(testDatabaseKinds)('rating outcomes from coded studies on %s', (kind) => {
	let handle: DatabaseHandle;
	let outcomeRatingId: number;
	let interventionId: number;

	beforeAll(async () => {
		handle = await openTestDatabase(kind);
		await seedDemoContent(handle.db, { dataDir: undefined });
		const [pcit] = await handle.db
			.select({ id: interventions.id })
			.from(interventions)
			.where(eq(interventions.slug, 'parent-child-interaction-therapy'));
		if (!pcit) throw new Error('The seed has no Parent-Child Interaction Therapy');
		interventionId = pcit.id;
		// A new outcome with no studies yet, as an editor would add it.
		const [outcome] = await handle.db
			.insert(outcomeRatings)
			.values({
				interventionId,
				position: 9,
				outcome: 'Sibling conflict',
				domain: 'parenting-and-family',
				effectiveness: 'insufficient',
				strength: 'very-low',
				source: 'illustrative'
			})
			.returning({ id: outcomeRatings.id });
		outcomeRatingId = outcome?.id ?? 0;
	});
	afterAll(async () => {
		await handle.close();
	});

	const behaviourOutcome = async () =>
		(
			await findInterventionBySlug(handle.db, { slug: 'parent-child-interaction-therapy' })
		)?.outcomes.find((o) => o.outcome === 'Sibling conflict');
	const snapshots = () =>
		handle.db
			.select()
			.from(ratingSnapshots)
			.where(eq(ratingSnapshots.outcomeRatingId, outcomeRatingId));

	async function addTrial(country: string, effectSize: number) {
		const [study] = await handle.db
			.insert(studies)
			.values({
				interventionId,
				label: `Trial in ${country}`,
				citation: `Illustrative trial in ${country}`,
				year: 2015,
				country,
				design: 'rct',
				independentOfDeveloper: true,
				treatmentN: 150,
				comparisonN: 150,
				source: 'illustrative'
			})
			.returning();
		await handle.db.insert(contrasts).values({
			outcomeRatingId,
			studyId: study?.id ?? 0,
			sampleId: `sample-${study?.id}`,
			metric: 'smd',
			effectSize,
			variance: 0.014,
			favourableDirection: 'lower', // less conflict is better
			designRating: 'high',
			treatmentN: 150,
			comparisonN: 150
		});
	}

	it('publishes the computed rating, with its study counts in the headline, and logs it once', async () => {
		await addTrial('GB', -0.42);
		await addTrial('US', -0.38);
		const rated = await rateAndPublishOutcome(handle.db, { outcomeRatingId });
		expect(rated.published).toEqual({
			effectiveness: 'consistently-positive',
			strength: 'high',
			source: 'computed',
			justification: null
		});
		expect(rated.changed).toBe(true);
		expect((await behaviourOutcome())?.headline).toBe(
			'Parent-Child Interaction Therapy consistently showed a positive effect on sibling conflict. This is based on high strength evidence (2 studies, 1 in the UK).'
		);

		expect((await rateAndPublishOutcome(handle.db, { outcomeRatingId })).changed).toBe(false);
		const log = await snapshots();
		expect(log).toHaveLength(1);
		expect(log[0]).toMatchObject({
			source: 'computed',
			eligibleCount: 2,
			ukCount: 1,
			standardsVersion: '1.0.0'
		});
		expect(log[0]?.reasons.map((r) => r.ruleId)).toEqual(['E-CONSISTENT', 'S-START-HIGH']);
	});

	it('publishes a reviewer’s override instead, keeping the computed rating on record', async () => {
		await handle.db.insert(ratingOverrides).values({
			outcomeRatingId,
			effectiveness: 'tends-positive',
			strength: 'moderate',
			justification: 'Both trials were run by the programme developer in clinic settings.'
		});
		const rated = await rateAndPublishOutcome(handle.db, { outcomeRatingId });
		expect(rated).toMatchObject({
			changed: true,
			published: { effectiveness: 'tends-positive', strength: 'moderate', source: 'override' },
			result: { effectiveness: 'consistently-positive', strength: 'high' }
		});
		expect((await behaviourOutcome())?.effectiveness).toBe('tends-positive');
		const log = await snapshots();
		expect(log.map((s) => [s.source, s.computedEffectiveness, s.effectiveness])).toEqual([
			['computed', 'consistently-positive', 'consistently-positive'],
			['override', 'consistently-positive', 'tends-positive']
		]);

		const page = await findInterventionBySlug(handle.db, {
			slug: 'parent-child-interaction-therapy'
		});
		const changes = page?.ratingChanges.filter((change) => change.outcome === 'Sibling conflict');
		expect(changes).toMatchObject([
			{
				effectiveness: 'tends-positive',
				strength: 'moderate',
				source: 'override',
				previous: { effectiveness: 'consistently-positive', strength: 'high' }
			},
			{ effectiveness: 'consistently-positive', source: 'computed', previous: null }
		]);
	});

	it('dates a rating that records history the day it stands for, and never before the last', async () => {
		const page = async () =>
			findInterventionBySlug(handle.db, { slug: 'parent-child-interaction-therapy' });
		// The seed dated the PCIT ratings the day the entry was published.
		expect(
			(await page())?.ratingChanges.find((c) => c.outcome === 'Child behaviour problems')?.date
		).toBe('2019-03-28');

		await handle.db
			.delete(ratingOverrides)
			.where(eq(ratingOverrides.outcomeRatingId, outcomeRatingId));
		const earlier = new Date('2019-04-01T00:00:00Z');
		await expect(
			rateAndPublishOutcome(handle.db, { outcomeRatingId, ratedAt: earlier })
		).rejects.toThrow(RangeError);
		expect(await snapshots()).toHaveLength(2);

		const later = new Date(Date.now() + 86_400_000);
		expect(
			(await rateAndPublishOutcome(handle.db, { outcomeRatingId, ratedAt: later })).changed
		).toBe(true);
		const [newest] = (await page())?.ratingChanges ?? [];
		expect(newest).toMatchObject({
			outcome: 'Sibling conflict',
			date: later.toISOString().slice(0, 10),
			effectiveness: 'consistently-positive',
			source: 'computed'
		});
	});
});
