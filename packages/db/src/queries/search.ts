import type {
	InterventionSearchHit,
	interventionSearchInputSchema,
	InterventionSearchResult
} from '@whatworks/domain';
import { inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { readContentVersion } from '../content-version.js';
import { contentVersion, interventions } from '../schema/index.js';
import { searchIndexSlot } from '../search-index/search-index-slot.js';
import type { ReadWords, SearchIndex } from '../search-index/search-index.js';
import { readTsquery, type QueryNode } from '../search-index/tsquery-text.js';
import { markedColumn, toHit } from './search-hits.js';
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
 * Postgres then only reads the words and the page's snippets; until it is (just started, or just
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
 * The search, found and ranked by the index, which also holds what a hit shows: Postgres reads
 * the words (stemming, synonyms, spellings) and the page's snippets, each with the content
 * version it read, which must be the index's. 'behind' when it is not; 'unanswerable' for words
 * the index cannot match (none today: `phraseto_tsquery` writes no AND and no OR inside a
 * phrase, but should it ever, search falls back to SQL rather than answer wrongly).
 */
export async function searchIndexed(
	db: Database,
	index: SearchIndex,
	input: InterventionSearchParams
): Promise<InterventionSearchResult | 'behind' | 'unanswerable'> {
	const query = input.q ? readSearchWords(db, input.q) : null;
	let words: ReadWords | null = null;
	// The query whose matches snippets mark, as Postgres wrote it.
	let marking: string | null = null;
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
		marking = read.anyTerm;
	}
	const { rows, total } = index.find(input, words);
	const snippets = await readSnippets(
		db,
		rows.map((row) => row.id),
		marking === null ? null : sql`${marking}::tsquery`
	);
	if (snippets.version !== index.version) return 'behind';
	const items: InterventionSearchHit[] = [];
	for (const row of rows) {
		const marked = snippets.marked ? snippets.marked.get(row.id) : null;
		if (marked === undefined) return 'behind';
		items.push(toHit({ ...row, marked }));
	}
	return {
		total,
		page: input.page,
		pageSize: input.pageSize,
		pageCount: Math.ceil(total / input.pageSize),
		items
	};
}

/**
 * The snippets of the entries of the ids given, marked for the query, with the content version
 * read with them: the version alone without a query or ids.
 */
async function readSnippets(
	db: Database,
	ids: number[],
	anyTerm: SQL | null
): Promise<{ version: string; marked: Map<number, string | null> | null }> {
	if (!anyTerm || ids.length === 0) return { version: await readContentVersion(db), marked: null };
	const rows = await db
		.select({
			id: interventions.id,
			version: sql<string>`(select ${contentVersion.version} from ${contentVersion})`,
			marked: markedColumn(anyTerm)
		})
		.from(interventions)
		.where(inArray(interventions.id, ids));
	return {
		version: rows[0]?.version ?? '',
		marked: new Map(rows.map((row) => [row.id, row.marked]))
	};
}
