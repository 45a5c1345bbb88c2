import { seedDemoContent, type DatabaseHandle } from '@whatworks/db';
import { openTestDatabase, testDatabaseKinds } from '@whatworks/db/testing';
import {
	evidenceColumns,
	strengthKeys,
	type InterventionSearchInput,
	type InterventionSummary
} from '@whatworks/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './app-router.js';
import { createContext } from './context.js';

describe.each(testDatabaseKinds)(
	'searching, comparing and exporting the Evidence Store on %s',
	(kind) => {
		let handle: DatabaseHandle;
		let api: ReturnType<typeof createCaller>;
		let everything: InterventionSummary[];
		beforeAll(async () => {
			handle = await openTestDatabase(kind);
			await seedDemoContent(handle.db, { dataDir: undefined });
			api = createCaller(createContext(handle.db));
			everything = await api.interventions.list();
		});
		afterAll(async () => {
			await handle.close();
		});

		const slugsOf = async (input: InterventionSearchInput) =>
			(await api.interventions.search({ pageSize: 50, ...input })).items.map((item) => item.slug);
		const slugsWhere = (keep: (item: InterventionSummary) => boolean) =>
			everything.filter(keep).map((item) => item.slug);

		it('finds words in the name, summary and body, best match first, with marked snippets', async () => {
			const result = await api.interventions.search({ q: 'parenting' });
			expect(result.total).toBeGreaterThan(2);
			expect(result.total).toBeLessThan(everything.length);
			expect(result.items.map((item) => item.slug)).toContain('parent-child-interaction-therapy');
			// The name outweighs the body: Mellow Parenting names the word itself.
			expect(result.items[0]?.slug).toBe('mellow-parenting');
			for (const item of result.items) {
				const matched = item.snippet?.filter((part) => part.match).map((part) => part.text) ?? [];
				expect(matched.every((text) => /^parent/i.test(text))).toBe(true);
			}
			expect(result.items[0]?.snippet?.some((part) => part.match)).toBe(true);
		});

		it('understands web search syntax: phrases and excluded words', async () => {
			const phrase = await slugsOf({ q: '"drug and alcohol"' });
			expect(phrase).toContain('family-drug-and-alcohol-courts');
			const excluded = await slugsOf({ q: 'care -foster' });
			expect(excluded).toContain('residential-care');
			expect(excluded).not.toContain('treatment-foster-care');
			// Only excluded words: every entry without them, by name.
			const without = await slugsOf({ q: '-foster' });
			expect(without).toContain('residential-care');
			expect(without).not.toContain('treatment-foster-care');
			expect(without).toEqual(slugsWhere(() => true).filter((slug) => without.includes(slug)));
		});

		it('answers a search that matches nothing with an empty first page', async () => {
			const result = await api.interventions.search({ q: 'zzyzx quasar' });
			expect(result).toMatchObject({ total: 0, pageCount: 0, items: [] });
		});

		it('searches any run of minus signs a reader types, reading it as one', async () => {
			// Each one overflowed Postgres's operator stack ("tsquery stack too small") on both engines.
			for (const q of [
				'-'.repeat(33),
				`foster ${'-'.repeat(32)}`,
				`foster or kinship ${'- '.repeat(31)}care`,
				'-!('.repeat(66)
			]) {
				await expect(api.interventions.search({ q })).resolves.toMatchObject({ page: 1 });
			}
			expect(await slugsOf({ q: 'foster -- - -kinship' })).toEqual(
				await slugsOf({ q: 'foster -kinship' })
			);
		});

		it('refuses search words with NUL or another control character, with a sentence', async () => {
			for (const q of ['a\u0000b', '\u0001parenting']) {
				await expect(api.interventions.search({ q })).rejects.toMatchObject({
					code: 'BAD_REQUEST',
					message: 'Search words must only include letters, numbers, symbols and spaces'
				});
			}
		});

		it('filters by topic, cost band and age', async () => {
			expect((await slugsOf({ topic: 'kinship-and-foster-care' })).sort()).toEqual(
				slugsWhere((item) => item.topics.includes('kinship-and-foster-care')).sort()
			);
			expect(await slugsOf({ costBand: '5' })).toEqual(slugsWhere((item) => item.costBand === '5'));
			const toddlers = await slugsOf({ age: 2 });
			expect(toddlers).toEqual(
				slugsWhere(
					(item) => item.ageRange !== null && item.ageRange.min <= 2 && item.ageRange.max >= 2
				)
			);
			expect(toddlers).toContain('parent-child-interaction-therapy');
			expect(toddlers).not.toContain('residential-care');
		});

		it('filters by outcome domain, effectiveness and minimum strength, all on one outcome', async () => {
			const atLeastModerate = strengthKeys.slice(strengthKeys.indexOf('moderate'));
			const moderate = await slugsOf({ minStrength: 'moderate' });
			expect(moderate).toEqual(
				slugsWhere((item) => item.outcomes.some((o) => atLeastModerate.includes(o.strength)))
			);
			expect(moderate.length).toBeGreaterThan(0);
			expect(moderate.length).toBeLessThan(everything.length);

			const combined = await slugsOf({
				domain: 'child-safety',
				effectiveness: 'tends-positive',
				minStrength: 'moderate'
			});
			expect(combined).toEqual(
				slugsWhere((item) =>
					item.outcomes.some(
						(o) =>
							o.domain === 'child-safety' &&
							o.effectiveness === 'tends-positive' &&
							atLeastModerate.includes(o.strength)
					)
				)
			);
			expect(combined).toContain('parent-child-interaction-therapy');
		});

		it('filters by whether the intervention was evaluated in the UK', async () => {
			const inUk = await slugsOf({ evaluatedInUk: true });
			const notInUk = await slugsOf({ evaluatedInUk: false });
			const hasUkStudy = (item: InterventionSummary) =>
				item.outcomes.some((o) => (o.ukStudyCount ?? 0) > 0);
			expect(inUk).toEqual(slugsWhere(hasUkStudy));
			expect(notInUk).toEqual(slugsWhere((item) => !hasUkStudy(item)));
			expect(inUk.length).toBeGreaterThan(0);
			expect(notInUk.length).toBeGreaterThan(0);
		});

		it('sorts by name, by strongest evidence and by last review', async () => {
			const byName = await slugsOf({ sort: 'name' });
			expect(byName).toEqual(everything.map((item) => item.slug));

			const best = (item: InterventionSummary) =>
				Math.max(-1, ...item.outcomes.map((o) => strengthKeys.indexOf(o.strength)));
			const byStrength = (await api.interventions.search({ sort: 'strength', pageSize: 50 })).items;
			const scores = byStrength.map(best);
			expect(scores).toEqual([...scores].sort((a, b) => b - a));
			expect(new Set(scores).size).toBeGreaterThan(1);

			const byReview = (await api.interventions.search({ sort: 'last-reviewed', pageSize: 50 }))
				.items;
			const dates = byReview.map((item) => item.evidenceLastReviewed ?? '');
			expect(dates).toEqual([...dates].sort().reverse());
			expect(byReview[0]?.slug).toBe('family-group-conferencing');
		});

		it('pages through results without losing or repeating any', async () => {
			const pages = await Promise.all(
				[1, 2, 3].map((page) => api.interventions.search({ sort: 'name', pageSize: 5, page }))
			);
			expect(pages.map((page) => page.items.length)).toEqual([5, 5, 3]);
			expect(pages[0]).toMatchObject({ total: 13, pageCount: 3, page: 1, pageSize: 5 });
			expect(pages.map((page) => page.total)).toEqual([13, 13, 13]);
			expect(pages.flatMap((page) => page.items.map((item) => item.slug))).toEqual(
				everything.map((item) => item.slug)
			);
			const beyond = await api.interventions.search({ page: 9, pageSize: 5 });
			expect(beyond).toMatchObject({ total: 13, items: [] });
			// Past the last page of a search too, which counts its matches apart.
			const searched = await api.interventions.search({ q: 'parenting', pageSize: 5 });
			expect(searched.total).toBeGreaterThan(0);
			const searchedBeyond = await api.interventions.search({
				q: 'parenting',
				pageSize: 5,
				page: 9
			});
			expect(searchedBeyond).toMatchObject({ total: searched.total, items: [] });
		});

		it('refuses a bad filter with the field named', async () => {
			await expect(
				api.interventions.search({ minStrength: 'enormous' as 'high' })
			).rejects.toMatchObject({
				code: 'BAD_REQUEST',
				message: expect.stringMatching(/^Invalid option: expected one of "/) as string,
				cause: { issues: [expect.objectContaining({ path: ['minStrength'] })] }
			});
		});

		it('compares interventions side by side per outcome domain, in the order asked', async () => {
			const comparison = await api.interventions.compare({
				slugs: ['parent-child-interaction-therapy', 'family-drug-and-alcohol-courts']
			});
			expect(comparison.interventions.map((item) => item.slug)).toEqual([
				'parent-child-interaction-therapy',
				'family-drug-and-alcohol-courts'
			]);
			const { domains, rows } = comparison.byDomain;
			for (const [index, intervention] of comparison.interventions.entries()) {
				const cells = rows[index]?.cells ?? [];
				expect(cells.flat()).toHaveLength(intervention.outcomes.length);
				domains.forEach((domain, d) =>
					expect(cells[d]?.every((outcome) => outcome.domain === domain)).toBe(true)
				);
			}
			expect(domains).toContain('child-safety');
		});

		it('says which slug of a comparison does not exist, and how many more', async () => {
			await expect(
				api.interventions.compare({ slugs: ['kinship-care', 'no-such-thing'] })
			).rejects.toMatchObject({
				code: 'NOT_FOUND',
				message: 'There is no intervention at "no-such-thing".'
			});
			// However many are missing, and however long their addresses, the sentence stays short.
			const long = (letter: string) => letter.repeat(120);
			await expect(
				api.interventions.compare({ slugs: [long('a'), long('b'), long('c'), long('d')] })
			).rejects.toMatchObject({
				message: `There is no intervention at "${long('a')}" (nor at 3 more of those asked for).`
			});
			await expect(api.interventions.compare({ slugs: ['kinship-care'] })).rejects.toMatchObject({
				code: 'BAD_REQUEST'
			});
		});

		it('tabulates every intervention against the domains it is rated on', async () => {
			const matrix = await api.ratings.matrix();
			expect(matrix.rows.map((row) => row.slug)).toEqual(everything.map((item) => item.slug));
			const rated = new Set(everything.flatMap((item) => item.outcomes.map((o) => o.domain)));
			expect(new Set(matrix.domains)).toEqual(rated);
			const topical = await api.ratings.matrix({ topic: 'substance-misuse' });
			expect(topical.rows.map((row) => row.slug)).toEqual(
				slugsWhere((item) => item.topics.includes('substance-misuse'))
			);
		});

		it('exports every published outcome rating with its pooled result and standards version', async () => {
			const records = await api.ratings.openData();
			expect(records).toHaveLength(everything.flatMap((item) => item.outcomes).length);
			expect(Object.keys(records[0] ?? {})).toEqual(evidenceColumns.map((column) => column.key));
			const pcit = records.find(
				(r) =>
					r.intervention_slug === 'parent-child-interaction-therapy' &&
					r.outcome_domain === 'child-safety'
			);
			expect(pcit?.standards_version).toBe('1.0.0');
			expect(pcit?.metric).toBe('smd');
			expect(pcit?.pooled_ci_lower).toBeLessThanOrEqual(pcit?.pooled_estimate ?? NaN);
			expect(pcit?.pooled_estimate).toBeLessThanOrEqual(pcit?.pooled_ci_upper ?? NaN);
			const fdac = records.filter((r) => r.intervention_slug === 'family-drug-and-alcohol-courts');
			expect(fdac.every((r) => r.source === 'published' && r.last_reviewed === '2019-01-30')).toBe(
				true
			);
		});
	}
);
