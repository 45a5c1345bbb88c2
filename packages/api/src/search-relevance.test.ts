import { seedDemoContent, type DatabaseHandle } from '@whatworks/db';
import { openTestDatabase, testDatabaseKinds } from '@whatworks/db/testing';
import { searchJudgements, type SearchJudgement } from '@whatworks/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './app-router.js';
import { createContext } from './context.js';

// The share of judged queries whose entry comes in the first three results, on the demo Evidence
// Store; the README reports each set's. The aim is 95%. Each set is held at what it measured when
// search last changed, so it can only get better. The validation and held-out sets say only how
// many they missed, never which, so nobody tunes search to them by accident.
const floors = { tuning: 0.95, validation: 0.92, heldOut: 0.95 } as const;

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

	it.each(Object.entries(floors) as [keyof typeof floors, number][])(
		'puts the judged entry in the first three for the %s set, at least as often as it did',
		async (set, floor) => {
			const judgements = searchJudgements[set];
			const missed = await misses(judgements);
			const share = 1 - missed.length / judgements.length;
			const found = `${judgements.length - missed.length} of ${judgements.length}`;
			console.info(
				`${kind}, ${set}: ${Math.round(share * 100)}% (${found}) in the first three`,
				set === 'tuning' ? missed : ''
			);
			expect(share, `${found} found`).toBeGreaterThanOrEqual(floor);
		}
	);
});
