import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	openTestDatabase,
	rowsOf,
	testDatabaseKinds,
	type TestDatabase
} from '../testing/test-databases.js';
import { LexiconBuilder } from './lexicon.js';
import { rankEntries, rankQueryOf } from './ts-rank.js';
import { readTsquery } from './tsquery-text.js';
import { forEachLexeme, placeOf, weightOf } from './tsvector-text.js';

/** Entries with words in every weight, repeated, near and far apart, and odd characters. */
const documents = [
	[
		'Family Therapy',
		'Therapy for the whole family.',
		'Families meet a therapist weekly; family work.'
	],
	[
		'Kinship Care',
		'Support for kinship carers',
		'Carers of children in kinship care, care and more care.'
	],
	[
		"Children's Home",
		'Residential care for young people',
		"A children's home with well-being support."
	],
	[
		'Court Work',
		'Family court advice',
		'Court, court, court: the family court and family therapy.'
	],
	["Quote's \\ Slash", "It's a back\\slash", 'family ' + 'filler '.repeat(120) + 'therapy']
];

/** Queries as search writes them: words, phrases (near and with stop words), alternatives. */
const queries = [
	`'famili'`,
	`'famili' | 'therapi'`,
	`'famili' <-> 'therapi'`,
	`'court' <-> 'famili' | 'care'`,
	`'edg' <2> 'care'`,
	`'kinship' <-> 'care' <-> 'carer'`,
	`'famili' <-> 'therapi' | 'kinship' | 'home'`,
	`'nowher'`
];

const vectorOf = ([names, summary, body]: string[]) =>
	sql`setweight(to_tsvector('english', ${names}), 'A') || setweight(to_tsvector('english', ${summary}), 'B') || setweight(to_tsvector('english', ${body}), 'C')`;

describe.each(testDatabaseKinds)('ts_rank and search vectors as %s has them', (kind) => {
	let handle: TestDatabase;
	beforeAll(async () => (handle = await openTestDatabase(kind)));
	afterAll(() => handle.close());

	it('reads every lexeme of a search vector written as text, with its positions and weights', async () => {
		for (const document of documents) {
			const rows = rowsOf<{ lexeme: string; positions: number[]; weights: string[]; text: string }>(
				await handle.db.execute(
					sql`select lexeme, positions, weights, (${vectorOf(document)})::text as text from unnest(${vectorOf(document)})`
				)
			);
			const expected = rows.map((row) => [row.lexeme, row.positions.map(Number), row.weights]);
			const read: unknown[] = [];
			forEachLexeme(rows[0]?.text ?? '', (lexeme, positions) =>
				read.push([
					lexeme,
					positions.map(placeOf),
					positions.map((position) => 'DCBA'[weightOf(position)])
				])
			);
			expect(read).toEqual(expected);
		}
	});

	it('ranks every entry for every query to the same float as Postgres', async () => {
		const lexicon = new LexiconBuilder();
		for (const [entry, document] of documents.entries()) {
			const [row] = rowsOf<{ text: string }>(
				await handle.db.execute(sql`select (${vectorOf(document)})::text as text`)
			);
			forEachLexeme(row?.text ?? '', (lexeme, positions) => lexicon.add(entry, lexeme, positions));
		}
		const built = lexicon.build();
		const entries = documents.map((_, entry) => entry);
		for (const query of queries) {
			const expected = await Promise.all(
				documents.map(async (document) => {
					const [row] = rowsOf<{ rank: number }>(
						await handle.db.execute(
							sql`select ts_rank(${vectorOf(document)}, ${query}::tsquery)::float8 as rank`
						)
					);
					return Number(row?.rank);
				})
			);
			const read = readTsquery(query);
			if (!read) throw new Error(`The query ${query} should be readable`);
			const ranks = rankEntries(rankQueryOf(read), built, entries, documents.length);
			expect([...ranks], query).toEqual(expected);
		}
	});
});
