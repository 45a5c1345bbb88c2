import { planSearch, type SearchTerm } from '@whatworks/domain';
import { sql, type SQL, type WithSubquery } from 'drizzle-orm';
import type { Database } from '../client.js';
import { contentVersion, interventions, searchWords } from '../schema/index.js';

/** Search words as a table of their terms and conditions and orders on the interventions table. */
export interface SearchQuery {
	/**
	 * The statement's table of the terms' queries, worked out once per statement (spellings
	 * included): `with` it wherever the conditions below are used. Null when there are only
	 * excluded words.
	 */
	terms: WithSubquery | null;
	/** Holds for entries that match any term and none of the excluded words. */
	matches: SQL;
	/**
	 * What ranking reads of each entry found, worked out once for each (the search vector is
	 * wide): how much it matched each term, by where (0 where it did not), and its rank.
	 */
	perEntry: Record<string, SQL.Aliased>;
	/**
	 * What to sort by, each highest first, over the entries found with `perEntry`'s columns, for
	 * the best match first: the most terms matched, each weighed by its rarity among the entries
	 * found, then the most weight where they matched (name, then summary, then body).
	 */
	byRelevance: SQL[];
	/** Every term with its alternatives, for marking matches in a snippet. */
	anyTerm: SQL;
	/** The query of the excluded words, or null when none is. */
	excluded: SQL | null;
}

/**
 * How finely a term's rarity counts: its logarithm in whole steps of 1/2^20. Each term's weight
 * (1, 0.5 or 0.25) times a whole number is exact, and so is their sum in any order, so entries
 * whose terms weigh the same in total tie exactly — then `ts_rank` decides — in Postgres and in
 * the search index alike, whose logarithm may differ from the C library's in the last bit.
 */
export const rarityScale = 2 ** 20;

/** The most misspellings or completions search tries for one word. */
const spellingsPerWord = 3;

/**
 * Reads search words into a query of the full-text index: each term (a word, a quoted phrase,
 * or words the synonym list knows) is looked for with its synonyms and, for a word no entry
 * uses, with the words it may be a misspelling or the start of (`spellingsOf`). An entry
 * matching any term is found; entries matching more of the terms come first, so a reader's
 * whole question ranks the entry that answers most of it above one that shares a word.
 * Returns null when the words hold nothing to search for.
 */
export function readSearchWords(db: Database, words: string): SearchQuery | null {
	const plan = planSearch(words);
	if (plan.terms.length === 0 && plan.excluded.length === 0) return null;
	const vector = interventions.searchVector;
	const excludedQuery =
		plan.excluded.length > 0 ? anyOf(plan.excluded.map((phrase) => sql`(${phrase}::text)`)) : null;
	const excluded = excludedQuery ? sql`${vector} @@ ${excludedQuery}` : null;
	if (plan.terms.length === 0) {
		return {
			terms: null,
			matches: excluded ? sql`not ${excluded}` : sql`true`,
			// Only excluded words: nothing to rank by (and a bare constant would name a column).
			perEntry: {},
			byRelevance: [],
			anyTerm: sql`''::tsquery`,
			excluded: excludedQuery
		};
	}
	const terms = db.$with('search_terms').as(
		db
			.select({
				eachTerm: sql`each_term`.as('each_term'),
				anyTerm: sql`(select tsquery_or_agg(term) from unnest(each_term) as term)`.as('any_term')
			})
			.from(
				sql`(select array[${sql.join(plan.terms.map(termQuery), sql`, `)}]::tsquery[] as each_term) as planned`
			)
	);
	const anyTerm = sql`(select any_term from ${terms})`;
	const term = (index: number) => sql`(select each_term[${index + 1}::int] from ${terms})`;
	const found = sql`${vector} @@ ${anyTerm}`;
	// Each term counts by where it matched (its names first, then its summary and what it is filed
	// under, then the rest) and by how rare it is among the entries found (as a search engine's
	// inverse document frequency does), so "weeks" outweighs "child" in a reader's question.
	// Where: the vector's small parts, kept beside it by the same trigger (what `ts_filter` gives
	// of its A and B weights), are asked before the whole of it. A part's match is the vector's
	// too, since terms only join phrases with OR and never exclude (exclusions are apart).
	const weights = plan.terms.map((_, index) => sql.identifier(`weight_${index}`));
	const perEntry = Object.fromEntries(
		plan.terms.map((_, index) => [
			`weight${index}`,
			sql`case when ${interventions.searchVectorNames} @@ ${term(index)} then 1::float8
				when ${interventions.searchVectorSummary} @@ ${term(index)} then 0.5::float8
				when ${vector} @@ ${term(index)} then 0.25::float8
				else 0::float8 end`.as(`weight_${index}`)
		])
	);
	// The rarity counted in whole steps of `rarityScale` (see there).
	const weightedMatches = weights.map(
		(weight) =>
			sql`${weight} * floor(ln(1 + count(*) over () / greatest(sum((${weight} > 0)::int) over (), 1)::float8) * ${sql.raw(String(rarityScale))})`
	);
	return {
		terms,
		matches: excluded ? sql`(${found} and not ${excluded})` : found,
		perEntry: { ...perEntry, rank: sql`ts_rank(${vector}, ${anyTerm})`.as('rank') },
		byRelevance: [sql.join(weightedMatches, sql` + `), sql`${sql.identifier('rank')}`],
		anyTerm,
		excluded: excludedQuery
	};
}

/**
 * The queries of search words as Postgres reads them (stemmed, with their synonyms and
 * spellings), written out as text, with the content version they were read at: what the search
 * index matches and ranks by.
 */
export async function readQueries(
	db: Database,
	query: SearchQuery
): Promise<{ version: string; terms: string[]; anyTerm: string; excluded: string | null }> {
	const [read] = await db
		.with(...(query.terms ? [query.terms] : []))
		.select({
			version: contentVersion.version,
			terms: query.terms
				? sql<string[]>`(select to_json(each_term::text[]) from ${query.terms})`
				: sql<string[]>`'[]'::json`,
			anyTerm: sql<string>`(${query.anyTerm})::text`,
			excluded: query.excluded ? sql<string>`(${query.excluded})::text` : sql<null>`null`
		})
		.from(contentVersion);
	if (!read) throw new Error('The content_version row is missing: migrate the database.');
	return read;
}

/** A term's query: its words, its synonyms and, for a word no entry uses, its spellings. */
function termQuery(term: SearchTerm): SQL {
	const phrases = [term.typed, ...term.synonyms].map((phrase) => sql`(${phrase}::text)`);
	return anyOf(phrases, term.spellable ? spellingsOf(term.typed) : undefined);
}

/**
 * A query matching any of the phrases, each of whose words must come in its order (a phrase of
 * one word is just the word), stemmed as the index is.
 */
function anyOf(phrases: readonly SQL[], more?: SQL): SQL {
	const rows = sql.join([...phrases], sql`, `);
	const union = more ? sql` union all (${more})` : sql``;
	return sql`(select tsquery_or_agg(phraseto_tsquery('english', phrase)) from (values ${rows}${union}) as phrases (phrase))`;
}

/**
 * For a word no entry uses, the words entries do use that it may be the start of or a
 * misspelling of (trigram similarity): completions first, then the most alike. A word entries
 * use gets none, however rare, so a correct word is never swapped for another. The words are
 * letters only (`SearchTerm.spellable`), so none holds a LIKE wildcard.
 */
function spellingsOf(typed: string): SQL {
	const word = sql`${typed}::text`;
	return sql`select word from ${searchWords}
		where not exists (select from ${searchWords} where word = ${word})
			and (word like ${word} || '%' or word % ${word})
		order by word like ${word} || '%' desc, similarity(word, ${word}) desc, word
		limit ${spellingsPerWord}`;
}
