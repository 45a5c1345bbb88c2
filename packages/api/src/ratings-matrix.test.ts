import { seedDemoContent, type DatabaseHandle } from '@whatworks/db';
import { interventions } from '@whatworks/db/schema';
import { openTestDatabase, testDatabaseKinds } from '@whatworks/db/testing';
import { ratingsMatrixPageSize } from '@whatworks/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './app-router.js';
import { createContext } from './context.js';

/** More unrated interventions than fit on a page, named to sort after the demo's 13. */
const added = ratingsMatrixPageSize + 7;
/** The added one first on the second page, named as the last on the first. */
const tiedAcrossBreak = ratingsMatrixPageSize - 13;

describe.each(testDatabaseKinds)('the ratings matrix on %s', (engine) => {
	let handle: DatabaseHandle;
	let api: ReturnType<typeof createCaller>;
	beforeAll(async () => {
		handle = await openTestDatabase(engine);
		await seedDemoContent(handle.db, { dataDir: undefined });
		await handle.db.insert(interventions).values(
			Array.from({ length: added }, (_, i) => ({
				slug: `zz-added-${String(i).padStart(3, '0')}`,
				// Two share a name across the break between the first page and the second.
				name: `ZZ added ${String(i === tiedAcrossBreak ? i - 1 : i).padStart(3, '0')}`,
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

	it('goes through every intervention once, a page at a time, by name, a shared name across a page break included', async () => {
		const everything = await api.interventions.list();
		const first = await api.ratings.matrix();
		expect(first.total).toBe(everything.length);
		expect(first.pageCount).toBe(Math.ceil(everything.length / ratingsMatrixPageSize));
		expect(first.rows).toHaveLength(ratingsMatrixPageSize);
		const pages = [first];
		for (let page = 2; page <= first.pageCount; page++)
			pages.push(await api.ratings.matrix({ page }));
		const slugs = pages.flatMap((each) => each.rows.map((row) => row.slug));
		expect(slugs.toSorted()).toEqual(everything.map((item) => item.slug).toSorted());
		const names = pages.flatMap((each) => each.rows.map((row) => row.name));
		expect(names).toEqual(everything.map((item) => item.name)); // by name, as the list
		expect(names[ratingsMatrixPageSize - 1]).toBe(names[ratingsMatrixPageSize]);
		// Every page has the columns of the whole matrix, even the last, whose added rows are unrated.
		const rated = new Set(everything.flatMap((item) => item.outcomes.map((o) => o.domain)));
		for (const each of pages) expect(new Set(each.domains)).toEqual(rated);
		expect(pages.at(-1)?.rows.every((row) => row.cells.every((cell) => cell.length === 0))).toBe(
			true
		);
	});

	it('pages through one topic’s interventions only, counting those alone', async () => {
		const topical = (await api.interventions.list({ topic: 'parenting' })).map((item) => item.slug);
		const page = await api.ratings.matrix({ topic: 'parenting' });
		expect(page.total).toBe(topical.length);
		expect(page.pageCount).toBe(1);
		expect(page.rows.map((row) => row.slug)).toEqual(topical);
		expect((await api.ratings.matrix({ topic: 'parenting', page: 2 })).rows).toEqual([]);
	});

	it('answers a page past the last with no rows, saying which page it is and how many there are', async () => {
		const everything = await api.interventions.list();
		const past = await api.ratings.matrix({ page: 99 });
		expect(past).toMatchObject({
			rows: [],
			page: 99,
			total: everything.length,
			pageCount: Math.ceil(everything.length / ratingsMatrixPageSize)
		});
	});
});
