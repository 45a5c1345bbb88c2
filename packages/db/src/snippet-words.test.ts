import { interventionSearchInputSchema } from '@whatworks/domain';
import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database, DatabaseHandle } from './client.js';
import { searchInterventions } from './queries/search.js';
import { interventions, type SnippetWord } from './schema/index.js';
import { forEachLexeme, placeOf } from './search-index/tsvector-text.js';
import { openTestDatabase, testDatabaseKinds } from './testing/test-databases.js';
import { openUpgradedDatabase } from './testing/upgraded-database.js';

/** Texts with what Postgres's parser reads specially: parts of words, addresses, numbers, length. */
const texts = [
	['Evidence-based help for children’s social care.', 'Co-ordinated, UK-wide support 24/7.'],
	[
		"A parent's guide, e.g. 3.5 weeks.",
		'See https://example.org/guide or write to help@example.org.'
	],
	['Café culture and the 2019–20 review.', 'The and of: stop words only, then -5 and 1,000.'],
	['', 'A description alone.'],
	// A word of 2,047 bytes or more takes no position in a search vector.
	['Long words.', `A ${'x'.repeat(2100)} word and words after it.`]
];

const noEmmie = { effect: '', mechanisms: '', moderators: '', implementation: '', economics: '' };

/** Each word position's lexemes, sorted, as the snippet words give them. */
function positionsOfWords(words: SnippetWord[]): Map<number, string[]> {
	return new Map(words.map(([, ...lexemes], index) => [index + 1, [...lexemes].sort()]));
}

/** Each word position's lexemes, sorted, as the search vector of the same text has them. */
function positionsOfVector(vector: string, wordCount: number): Map<number, string[]> {
	const positions = new Map<number, string[]>();
	for (let position = 1; position <= wordCount; position++) positions.set(position, []);
	forEachLexeme(vector, (lexeme, packed) => {
		for (const position of packed) positions.get(placeOf(position))?.push(lexeme);
	});
	for (const lexemes of positions.values()) lexemes.sort();
	return positions;
}

async function readWords(db: Database) {
	return db
		.select({
			slug: interventions.slug,
			text: sql<string>`${interventions.summary} || ' ' || ${interventions.description}`,
			words: interventions.snippetWords,
			vector: sql<string>`to_tsvector('english', ${interventions.summary} || ' ' || ${interventions.description})::text`
		})
		.from(interventions)
		.orderBy(interventions.slug);
}

let handle: DatabaseHandle | null = null;
afterEach(async () => {
	await handle?.close();
	handle = null;
});

describe.each(testDatabaseKinds)('the snippet words an entry keeps, on %s', (engine) => {
	it('are its text’s words in order, with the lexemes its search vector has at each position', async () => {
		handle = await openTestDatabase(engine);
		await handle.db.insert(interventions).values(
			texts.map(([summary, description], index) => ({
				slug: `entry-${index}`,
				name: `Entry ${index}`,
				summary: summary as string,
				description: description as string,
				emmie: noEmmie,
				pageUpdated: '2026-01-01'
			}))
		);
		const rows = await readWords(handle.db);
		expect(rows).toHaveLength(texts.length);
		for (const { text, words, vector } of rows) {
			expect(positionsOfWords(words)).toEqual(positionsOfVector(vector, words.length));
			// The tokens shown stand in the text in order; a word of parts shows none of its own.
			let cursor = 0;
			for (const [token] of words) {
				if (token === null) continue;
				const at = text.indexOf(token, cursor);
				expect(at, `"${token}" after ${cursor} in "${text}"`).toBeGreaterThanOrEqual(cursor);
				cursor = at + token.length;
			}
		}
		// A word too long to index takes no position, so the words after it keep their lexemes.
		expect(rows[4]?.words.slice(2, 5)).toEqual([['A'], ['word', 'word'], ['and']]);
		// A word of parts: its own token is null, its parts follow it.
		expect(rows[0]?.words.slice(0, 3)).toEqual([
			[null, 'evidence-bas'],
			['Evidence', 'evid'],
			['based', 'base']
		]);
	});

	it('are written again when the description changes', async () => {
		handle = await openTestDatabase(engine);
		await handle.db.insert(interventions).values({
			slug: 'changing',
			name: 'Changing',
			summary: 'Support.',
			description: 'Groups meet weekly.',
			emmie: noEmmie,
			pageUpdated: '2026-01-01'
		});
		await handle.db
			.update(interventions)
			.set({ description: 'Circles of kinship carers.' })
			.where(eq(interventions.slug, 'changing'));
		const [row] = await readWords(handle.db);
		expect(row?.words.map(([token]) => token)).toEqual([
			'Support',
			'Circles',
			'of',
			'kinship',
			'carers'
		]);
	});
});

describe.each(testDatabaseKinds)('entries published before 0033, upgraded on %s', (engine) => {
	it('get their snippet words, so their snippets mark what matched', async () => {
		handle = await openUpgradedDatabase(engine, {
			lastMigration: 32,
			data: `insert into interventions (slug, name, summary, description, emmie, page_updated) values
				('older', 'Carer Groups', 'Support for carers.', 'Kinship circles meet each week.', '{}', '2026-01-01');`
		});
		const result = await searchInterventions(
			handle.db,
			interventionSearchInputSchema.parse({ q: 'kinship' })
		);
		expect(result.items[0]?.snippet).toEqual([
			{ text: 'Support for carers. ', match: false },
			{ text: 'Kinship', match: true },
			{ text: ' circles meet each week.', match: false }
		]);
	});
});
