import { seedDemoContent, type DatabaseHandle } from '@whatworks/db';
import { openTestDatabase, testDatabaseKinds } from '@whatworks/db/testing';
import { searchJudgements, type SearchJudgement } from '@whatworks/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './app-router.js';
import { createContext } from './context.js';

// The share of judged queries whose entry comes in the first three results, on the demo Evidence
// Store. The README reports both halves; the held-out half says only how many it missed, never
// which, so nobody tunes search to it by accident. The aim is 95% for each; the held-out half is
// held at what it measured when search was last changed (38 of 41), so it can only get better.
const heldOutFloor = 0.92;
describe.each(testDatabaseKinds)('search relevance on %s', (kind) => {
	let handle: DatabaseHandle;
	let api: ReturnType<typeof createCaller>;
	beforeAll(async () => {
		handle = await openTestDatabase(kind);
		await seedDemoContent(handle.db, { dataDir: undefined });
		api = createCaller(createContext(handle.db));
	});
	afterAll(async () => {
		await handle.close();
	});

	/** The judged queries whose entry is not among the first three results, with what came instead. */
	async function misses(judgements: readonly SearchJudgement[]): Promise<string[]> {
		const missed: string[] = [];
		for (const { query, slug } of judgements) {
			const { items } = await api.interventions.search({ q: query, pageSize: 3 });
			const found = items.map((item) => item.slug);
			if (!found.includes(slug)) missed.push(`${query} → ${found.join(', ') || 'nothing'}`);
		}
		return missed;
	}

	const shareFound = (missed: readonly string[], judgements: readonly SearchJudgement[]) =>
		1 - missed.length / judgements.length;

	it('puts the judged entry in the first three for at least 95% of the tuning half', async () => {
		const missed = await misses(searchJudgements.tuning);
		const share = shareFound(missed, searchJudgements.tuning);
		console.info(`${kind}, tuning half: ${Math.round(share * 100)}% in the first three`, missed);
		expect(share).toBeGreaterThanOrEqual(0.95);
	});

	it(`puts the judged entry in the first three for at least ${heldOutFloor * 100}% of the held-out half`, async () => {
		const missed = await misses(searchJudgements.heldOut);
		const share = shareFound(missed, searchJudgements.heldOut);
		console.info(`${kind}, held-out half: ${Math.round(share * 100)}% in the first three`);
		expect(
			share,
			`${missed.length} of ${searchJudgements.heldOut.length} missed`
		).toBeGreaterThanOrEqual(heldOutFloor);
	});
});
