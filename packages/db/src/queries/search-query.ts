import { planSearch, type SearchTerm } from '@whatworks/domain';
import { desc, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { interventions, searchWords } from '../schema/index.js';

/** Search words as conditions and orders on the interventions table. */
export interface SearchQuery {
	/** Holds for entries that match any term and none of the excluded words. */
	matches: SQL;
	/**
	 * Best match first: the most terms matched, each weighed by its rarity among the entries
	 * found, then the most weight where they matched (name, then summary, then body).
	 */
	byRelevance: SQL[];
	/** Every term with its alternatives, for marking matches in a snippet. */
	anyTerm: SQL;
}

/** The most misspellings or completions search tries for one word. */
const spellingsPerWord = 3;

/**
 * Reads search words into a query of the full-text index: each term (a word, a quoted phrase,
 * or words the synonym list knows) is looked for with its synonyms and, for a word no entry
 * uses, with the words it may be a misspelling or the start of (`findSpellings`). An entry
 * matching any term is found; entries matching more of the terms come first, so a reader's
 * whole question ranks the entry that answers most of it above one that shares a word.
 * Returns null when the words hold nothing to search for.
 */
export async function readSearchWords(db: Database, words: string): Promise<SearchQuery | null> {
	const plan = planSearch(words);
	if (plan.terms.length === 0 && plan.excluded.length === 0) return null;
	const spellings = await findSpellings(db, {
		words: plan.terms.filter((term) => term.spellable).map((term) => term.typed)
	});
	const terms = plan.terms.map((term) =>
		anyOf([term.typed, ...term.synonyms, ...(spellings.get(term.typed) ?? [])])
	);
	const vector = interventions.searchVector;
	const anyTerm = terms.length > 0 ? sql.join(terms, sql` || `) : sql`''::tsquery`;
	const excluded = plan.excluded.length > 0 ? sql`${vector} @@ (${anyOf(plan.excluded)})` : null;
	const found = terms.length > 0 ? sql`${vector} @@ (${anyTerm})` : sql`true`;
	// Each term counts by where it matched (its names first, then its summary and what it is filed
	// under, then the rest) and by how rare it is among the entries found (as a search engine's
	// inverse document frequency does), so "weeks" outweighs "child" in a reader's question.
	const weightedMatches = terms.map((term) => {
		const matched = sql`(${vector} @@ ${term})::int`;
		const where = sql`case when ts_filter(${vector}, '{a}') @@ ${term} then 1 when ts_filter(${vector}, '{b}') @@ ${term} then 0.5 else 0.25 end`;
		return sql`${matched} * ${where} * ln(1 + count(*) over () / greatest(sum(${matched}) over (), 1)::float8)`;
	});
	const termsMatched = sql.join(weightedMatches, sql` + `);
	return {
		matches: excluded ? sql`(${found} and not ${excluded})` : found,
		// Only excluded words: nothing to rank by (and a bare constant would name a column).
		byRelevance:
			terms.length > 0 ? [desc(termsMatched), desc(sql`ts_rank(${vector}, ${anyTerm})`)] : [],
		anyTerm
	};
}

/**
 * A query matching any of the phrases, each of whose words must come in its order (a phrase of
 * one word is just the word), stemmed as the index is.
 */
function anyOf(phrases: readonly string[]): SQL {
	const queries = phrases.map((phrase) => sql`phraseto_tsquery('english', ${phrase})`);
	return sql`(${sql.join(queries, sql` || `)})`;
}

/**
 * For each word no entry uses, the words entries do use that it may be the start of or a
 * misspelling of (trigram similarity): completions first, then the most alike. A word entries
 * use is left as it is, however rare, so a correct word is never swapped for another.
 * @returns the words found for each word that has any
 */
async function findSpellings(
	db: Database,
	{ words }: { words: readonly SearchTerm['typed'][] }
): Promise<Map<string, string[]>> {
	if (words.length === 0) return new Map();
	// The words are letters only (`SearchTerm.spellable`), so none holds a LIKE wildcard.
	const typed = sql<string>`typed`;
	const rows = await db
		.select({
			typed,
			near: sql<string[]>`array(
				select word from ${searchWords}
				where word like ${typed} || '%' or word % ${typed}
				order by word like ${typed} || '%' desc, similarity(word, ${typed}) desc, word
				limit ${spellingsPerWord})`
		})
		.from(
			sql`(values ${sql.join(
				words.map((word) => sql`(${word}::text)`),
				sql`, `
			)}) as typed_words (typed)`
		)
		.where(sql`not exists (select from ${searchWords} where word = ${typed})`);
	return new Map(rows.filter((row) => row.near.length > 0).map((row) => [row.typed, row.near]));
}
