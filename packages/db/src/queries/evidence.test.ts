import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client.js';
import { contrasts, interventions, outcomeRatings } from '../schema/index.js';
import { seedDemoContent } from '../seed/seed-demo-content.js';
import { openTestDatabase, testDatabaseKinds } from '../testing/test-databases.js';
import { findInterventionBySlug } from './interventions.js';
import { analyseUnanalysedOutcomes, rateAndPublishOutcome } from './ratings.js';

describe.each(testDatabaseKinds)('outcome analyses kept with their ratings on %s', (kind) => {
	let handle: DatabaseHandle;
	let slugs: string[];

	beforeAll(async () => {
		handle = await openTestDatabase(kind);
		await seedDemoContent(handle.db, { dataDir: undefined });
		slugs = (
			await handle.db
				.select({ slug: interventions.slug })
				.from(interventions)
				.orderBy(asc(interventions.slug))
		).map((row) => row.slug);
	});
	afterAll(async () => {
		await handle.close();
	});

	const evidenceOf = async (slug: string) =>
		(await findInterventionBySlug(handle.db, { slug }))?.evidence;

	it('gives outcomes rated before analyses were kept the same pages once analysed', async () => {
		const before = new Map<string, unknown>();
		for (const slug of slugs) before.set(slug, await evidenceOf(slug));
		expect(
			[...before.values()].flat().some((e) => (e as { rows: unknown[] }).rows.length > 0)
		).toBe(true);

		// As a database of the previous release holds them.
		await handle.db.update(outcomeRatings).set({ analysis: null });
		const outcomes = await handle.db.$count(outcomeRatings);
		const pcit = await evidenceOf('parent-child-interaction-therapy');
		expect(pcit?.every((e) => e.rows.length === 0 && e.pooled === null)).toBe(true);

		expect(await analyseUnanalysedOutcomes(handle.db)).toBe(outcomes);
		for (const slug of slugs) expect(await evidenceOf(slug), slug).toEqual(before.get(slug));
		expect(await analyseUnanalysedOutcomes(handle.db)).toBe(0); // nothing left: cheap at every start
	});

	it('shows the analysis published with the rating, not one worked out from later edits', async () => {
		const slug = 'parent-child-interaction-therapy';
		const [first] = (await evidenceOf(slug)) ?? [];
		const [outcome] = await handle.db
			.select({ id: outcomeRatings.id })
			.from(outcomeRatings)
			.innerJoin(interventions, eq(interventions.id, outcomeRatings.interventionId))
			.where(eq(interventions.slug, slug))
			.orderBy(asc(outcomeRatings.position))
			.limit(1);
		const outcomeRatingId = outcome?.id ?? 0;
		expect(first?.rows.length).toBeGreaterThan(0);

		// A contrast changed under the page, as an unpublished edit would be: readers see no change…
		await handle.db
			.update(contrasts)
			.set({ effectSize: sql`${contrasts.effectSize} + 1` })
			.where(eq(contrasts.outcomeRatingId, outcomeRatingId));
		expect((await evidenceOf(slug))?.[0]).toEqual(first);

		// …until the rating is published again, which keeps the new analysis.
		await rateAndPublishOutcome(handle.db, { outcomeRatingId });
		const [republished] = (await evidenceOf(slug)) ?? [];
		expect(republished?.rows[0]?.estimate).not.toBeCloseTo(first?.rows[0]?.estimate ?? 0, 3);
	});
});
