import { seedDemoContent, type DatabaseHandle } from '@whatworks/db';
import { interventions } from '@whatworks/db/schema';
import { openTestDatabase, testDatabaseKinds } from '@whatworks/db/testing';
import { ratingsMatrixPageSize } from '@whatworks/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './app-router.js';
import { createContext } from './context.js';

/** More unrated interventions than fit on a page, named to sort after the demo's. */
const added = ratingsMatrixPageSize + 7;

describe.each(testDatabaseKinds)('the ratings matrix on %s', (engine) => {
	let handle: DatabaseHandle;
	let api: ReturnType<typeof createCaller>;
	beforeAll(async () => {
		handle = await openTestDatabase(engine);
		await seedDemoContent(handle.db, { dataDir: undefined });
		await handle.db.insert(interventions).values(
			Array.from({ length: added }, (_, i) => ({
				slug: `zz-added-${String(i).padStart(3, '0')}`,
				name: `ZZ added ${String(i).padStart(3, '0')}`,
				summary: 'Not rated yet.',
				emmie: { effect: '', mechanisms: '', moderators: '', implementation: '', economics: '' },
				pageUpdated: '2026-12-01'
			}))
		);
		api = createCaller(createContext(handle.db));
	});
	afterAll(async () => {
		await handle.close();
	});

	it('goes through every intervention once, a page at a time, by name', async () => {
		const everything = await api.interventions.list();
		const first = await api.ratings.matrix();
		expect(first.total).toBe(everything.length);
		expect(first.pageCount).toBe(Math.ceil(everything.length / ratingsMatrixPageSize));
		expect(first.rows).toHaveLength(ratingsMatrixPageSize);
		const pages = [first];
		for (let page = 2; page <= first.pageCount; page++)
			pages.push(await api.ratings.matrix({ page }));
		expect(pages.flatMap((each) => each.rows.map((row) => row.slug))).toEqual(
			everything.map((item) => item.slug)
		);
		// Each page's columns are the domains its own rows are rated on; the added ones are unrated.
		expect(pages.at(-1)?.domains).toEqual([]);
		expect(pages[0]?.domains.length).toBeGreaterThan(0);
	});

	it('answers a page past the last with no rows and the same total', async () => {
		const past = await api.ratings.matrix({ page: 99 });
		expect(past.rows).toEqual([]);
		expect(past.total).toBe((await api.interventions.list()).length);
	});
});
