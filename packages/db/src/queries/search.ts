import type { interventionSearchInputSchema, InterventionSearchResult } from '@whatworks/domain';
import type { Database } from '../client.js';
import { readContentVersion } from '../content-version.js';
import { searchIndexSlot } from '../search-index/search-index-slot.js';
import type { ReadWords, SearchIndex } from '../search-index/search-index.js';
import { readTsquery, type QueryNode } from '../search-index/tsquery-text.js';
import { searchInSql } from './search-in-sql.js';
import { readQueries, readSearchWords } from './search-query.js';

/**
 * The parameters of a search as the domain's schema gives them once checked, defaults filled in:
 * callers parse with `interventionSearchInputSchema` (tRPC's `.input()` does), and nothing parses
 * them again here.
 */
export type InterventionSearchParams = ReturnType<typeof interventionSearchInputSchema.parse>;

/**
 * Searches the Evidence Store: words in web search syntax, read as `readSearchWords` explains,
 * combined with filters, sorted and paged. Matches come back as snippet parts, never as markup.
 * The search index in memory finds, ranks, counts and holds the hits when it is current, and
 * Postgres then only reads the words; until it is (just started, or just
 * published) the SQL search answers the same, as the index's tests hold them to.
 */
export async function searchInterventions(
	db: Database,
	input: InterventionSearchParams
): Promise<InterventionSearchResult> {
	const slot = searchIndexSlot(db);
	const index = slot.current();
	if (index) {
		const result = await searchIndexed(db, index, input);
		if (typeof result === 'object') return result;
		if (result === 'behind') slot.behind(index);
	}
	return searchInSql(db, input);
}

/**
 * The search, found and ranked by the index, which also holds what a hit shows: Postgres only
 * reads the words (stemming, synonyms, spellings), or without words the content version, which
 * must be the index's. 'behind' when it is not; 'unanswerable' for words the index cannot match
 * (none today: `phraseto_tsquery` writes no AND and no OR inside a phrase, but should it ever,
 * search falls back to SQL rather than answer wrongly).
 */
export async function searchIndexed(
	db: Database,
	index: SearchIndex,
	input: InterventionSearchParams
): Promise<InterventionSearchResult | 'behind' | 'unanswerable'> {
	const query = input.q ? readSearchWords(db, input.q) : null;
	let words: ReadWords | null = null;
	if (query) {
		const read = await readQueries(db, query);
		if (read.version !== index.version) return 'behind';
		const terms = read.terms.map(readTsquery);
		const anyTerm = readTsquery(read.anyTerm);
		const excluded = read.excluded === null ? null : readTsquery(read.excluded);
		if (terms.includes(null) || !anyTerm || (read.excluded !== null && !excluded)) {
			return 'unanswerable';
		}
		words = { terms: terms as QueryNode[], anyTerm, excluded };
	} else if ((await readContentVersion(db)) !== index.version) {
		return 'behind';
	}
	const { hits, total } = index.find(input, words);
	return {
		total,
		page: input.page,
		pageSize: input.pageSize,
		pageCount: Math.ceil(total / input.pageSize),
		items: hits
	};
}
