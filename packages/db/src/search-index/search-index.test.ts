import {
	costBandKeys,
	effectivenessKeys,
	interventionSearchInputSchema,
	outcomeDomainKeys,
	strengthKeys,
	topicKeys,
	type InterventionSearchInput
} from '@whatworks/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchInSql } from '../queries/search-in-sql.js';
import { searchIndexed, searchInterventions } from '../queries/search.js';
import { interventions, interventionTopics, outcomeRatings } from '../schema/index.js';
import {
	openTestDatabase,
	testDatabaseKinds,
	type TestDatabase
} from '../testing/test-databases.js';
import { readSearchIndex } from './read-search-index.js';
import type { SearchIndex } from './search-index.js';
import { searchIndexSlot } from './search-index-slot.js';

/**
 * Words entries are written in: some shared by many (so rarity matters), phrases of the synonym
 * list, stop words inside phrases, a hyphenated word and an apostrophe.
 */
const vocabulary = [
	'family',
	'therapy',
	'families',
	'court',
	'domestic',
	'abuse',
	'parenting',
	'home visiting',
	'edge of care',
	'care leavers',
	'family group conference',
	"children's home",
	'residential care',
	'well-being',
	'school attendance',
	'trauma',
	'kinship',
	'carers',
	'weekly',
	'groups',
	'support',
	'young people',
	'mentoring'
];

/** A small generator of numbers from a seed, so every run writes the same entries. */
function seeded(seed: number) {
	let state = seed;
	const next = () => (state = (state * 16807) % 2147483647) / 2147483647;
	return {
		int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
		pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
		chance: (p: number) => next() < p
	};
}

/** Entries in every combination the filters and orders tell apart, ties among them. */
async function fillEvidenceStore(db: TestDatabase['db'], count: number) {
	const random = seeded(42);
	const words = (n: number) => Array.from({ length: n }, () => random.pick(vocabulary)).join(' ');
	for (let i = 0; i < count; i++) {
		const ageMin = random.chance(0.2) ? null : random.int(0, 12);
		const [row] = await db
			.insert(interventions)
			.values({
				slug: `entry-${i}`,
				// Names repeat, so that ties fall to the id.
				// Some end in a word the summary may begin with: phrases across the two parts.
				name: `${words(random.int(1, 2))} ${random.chance(0.3) ? 'programme' : random.chance(0.5) ? i % 7 : words(1)}`,
				alsoKnownAs: random.chance(0.2) ? [words(1)] : [],
				summary: `${words(random.int(3, 8))}.`,
				description: `${words(random.int(5, 30))}. ${words(random.int(0, 20))}.`,
				emmie: {
					effect: random.chance(0.3) ? words(5) : '',
					mechanisms: '',
					moderators: '',
					implementation: '',
					economics: ''
				},
				filedUnderWords: words(random.int(0, 3)),
				ageMin,
				ageMax: ageMin === null || random.chance(0.1) ? null : ageMin + random.int(0, 10),
				costBand: random.pick(costBandKeys),
				evidenceLastReviewed: random.chance(0.3) ? null : `2025-0${random.int(1, 9)}-01`,
				pageUpdated: '2026-01-01',
				live: random.chance(0.9)
			})
			.returning({ id: interventions.id });
		const id = row?.id as number;
		const topics = new Set(Array.from({ length: random.int(0, 2) }, () => random.pick(topicKeys)));
		if (topics.size > 0) {
			await db
				.insert(interventionTopics)
				.values([...topics].map((topic) => ({ interventionId: id, topic })));
		}
		const ratings = random.int(0, 3);
		if (ratings > 0) {
			await db.insert(outcomeRatings).values(
				Array.from({ length: ratings }, (_, position) => ({
					interventionId: id,
					position,
					outcome: `Outcome ${position}`,
					domain: random.pick(outcomeDomainKeys),
					effectiveness: random.pick(effectivenessKeys),
					strength: random.pick(strengthKeys),
					studyCount: random.int(1, 5),
					ukStudyCount: random.chance(0.2) ? null : random.int(0, 2),
					source: 'published' as const
				}))
			);
		}
	}
}

/** Words as readers type them: phrases, synonyms, misspellings, exclusions, OR, nothing found. */
const searchWords = [
	'family therapy',
	'famly',
	'"family group conference"',
	'home visiting',
	'edge of care',
	"children's home",
	'resi',
	'court -domestic',
	'-parenting',
	'court -"family therapy"',
	'court -the',
	'care OR court',
	'well-being',
	'kinship carers weekly groups',
	'the',
	'xyzzy'
];

const filters: Omit<InterventionSearchInput, 'q'>[] = [
	{},
	{ topic: topicKeys[0] },
	{ minStrength: 'moderate' },
	{ domain: outcomeDomainKeys[0], effectiveness: effectivenessKeys[0] },
	{ costBand: '2' },
	{ age: 5 },
	{ evaluatedInUk: true },
	{ evaluatedInUk: false }
];

const sorts = ['relevance', 'name', 'strength', 'last-reviewed'] as const;

/** Every word search with every filter, and in every order and on later pages. */
const inputs: InterventionSearchInput[] = [
	...[undefined, ...searchWords].flatMap((q) => filters.map((filter) => ({ q, ...filter }))),
	...[undefined, ...searchWords].flatMap((q) => sorts.map((sort) => ({ q, sort }))),
	...[undefined, ...searchWords].flatMap((q) =>
		[2, 3, 40].map((page) => ({ q, page, pageSize: 7 }))
	),
	...[undefined, ...searchWords].flatMap((q) => [
		{ q, topic: topicKeys[1], sort: 'strength' as const, page: 2, pageSize: 5 },
		{ q, minStrength: 'low' as const, sort: 'last-reviewed' as const, page: 2, pageSize: 5 }
	])
];

describe.each(testDatabaseKinds)('the search index on %s', (kind) => {
	let handle: TestDatabase;
	beforeAll(async () => {
		handle = await openTestDatabase(kind);
		await fillEvidenceStore(handle.db, 160);
	}, 120_000);
	afterAll(() => handle.close());

	it('finds, filters, ranks, counts and pages exactly as the SQL search does', async () => {
		// Read in chunks of an odd size, so that chunks end anywhere.
		const index = await readSearchIndex(handle.db, { entriesPerRead: 37 });
		if (!index) throw new Error('Nothing was published during the build');
		for (const raw of inputs) {
			const input = interventionSearchInputSchema.parse(raw);
			const expected = await searchInSql(handle.db, input);
			expect(await searchIndexed(handle.db, index, input), JSON.stringify(raw)).toEqual(expected);
		}
	}, 120_000);

	it('is not kept when something is published while it is read', async () => {
		// Published once the first chunk is read: the build has read the content version by then.
		let published = false;
		const building = readSearchIndex(handle.db, {
			entriesPerRead: 5,
			stopped: async () => {
				if (!published) {
					published = true;
					await handle.db
						.update(interventions)
						.set({ summary: 'Published during the build.' })
						.where(eq(interventions.slug, 'entry-5'));
				}
				return false;
			}
		});
		expect(await building).toBeNull();
		expect(published).toBe(true);
		expect(await readSearchIndex(handle.db)).not.toBeNull();
	});

	it('stands aside once something is published, and the search answers what is published', async () => {
		const slot = searchIndexSlot(handle.db);
		slot.current();
		await slot.settled();
		const index = slot.current() as SearchIndex;
		const input = interventionSearchInputSchema.parse({ q: 'zebrafish' });
		expect(await searchIndexed(handle.db, index, input)).toMatchObject({ total: 0 });

		const [live] = await handle.db
			.update(interventions)
			.set({ summary: 'Zebrafish club for carers.' })
			.where(eq(interventions.slug, 'entry-3'))
			.returning({ live: interventions.live });
		expect(live).toEqual({ live: true });
		expect(await searchIndexed(handle.db, index, input)).toBe('behind');
		const found = await searchInterventions(handle.db, input);
		expect(found.items.map((item) => item.slug)).toEqual(['entry-3']);

		// A new index is built from what is now published, and answers alike.
		await slot.settled();
		const rebuilt = slot.current() as SearchIndex;
		expect(rebuilt.version).not.toBe(index.version);
		expect(await searchIndexed(handle.db, rebuilt, input)).toEqual(found);
	});
});
