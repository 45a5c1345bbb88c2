import { strengthKeys, type InterventionSearchResult } from '@whatworks/domain';
import {
	and,
	asc,
	count,
	desc,
	eq,
	exists,
	gte,
	inArray,
	lte,
	not,
	sql,
	type SQL,
	type WithSubquery
} from 'drizzle-orm';
import type { Database } from '../client.js';
import { interventions, outcomeRatings } from '../schema/index.js';
import { readTsquery, type QueryNode } from '../search-index/tsquery-text.js';
import { filedUnder, isLive } from './interventions.js';
import {
	entryColumns,
	snippetTextOf,
	snippetWordsColumn,
	toHit,
	type EntryRow
} from './search-hits.js';
import { SnippetTextsBuilder } from './snippet-texts.js';
import { readSearchWords, type SearchQuery } from './search-query.js';
import type { InterventionSearchParams } from './search.js';

/** The search in one SQL statement (two past the last page): found, ranked and read by Postgres. */
export async function searchInSql(
	db: Database,
	input: InterventionSearchParams
): Promise<InterventionSearchResult> {
	const query = input.q ? readSearchWords(db, input.q) : null;
	const where = and(
		isLive,
		query?.matches,
		input.topic ? filedUnder(db, { topic: input.topic }) : undefined,
		ratedOn(db, input),
		input.costBand ? eq(interventions.costBand, input.costBand) : undefined,
		input.age === undefined
			? undefined
			: and(lte(interventions.ageMin, input.age), gte(interventions.ageMax, input.age)),
		input.evaluatedInUk === undefined
			? undefined
			: input.evaluatedInUk
				? evaluatedInUk(db)
				: not(evaluatedInUk(db))
	);

	// One statement: the ids on the page with what they are sorted by, then their entries.
	const offset = (input.page - 1) * input.pageSize;
	const keys = order(input.sort, query);
	// Sorted by the keys' names, in the page as after it: an expression written twice is worked
	// out twice, since its parameters differ.
	const byKeys = keys.map((key, index) => key.direction(sql`${sql.identifier(`key${index}`)}`));
	const page = selectPage(db, { query, where, keys, byKeys, offset, pageSize: input.pageSize });
	const rows = await db
		.with(...(query?.terms ? [query.terms] : []), page)
		.select({
			...entryColumns,
			// The words snippets are cut from, only when there are search words to mark.
			snippetWords: query ? snippetWordsColumn : sql<string>`'[]'`,
			// The query snippets mark, as Postgres writes it: the same for every row.
			marking: query ? sql<string>`(${query.anyTerm})::text` : sql<null>`null`,
			total: sql<number>`${page.total}`.mapWith(Number)
		})
		.from(page)
		.innerJoin(interventions, sql`${interventions.id} = ${page}.${sql.identifier('id')}`)
		.orderBy(...byKeys);
	const marking = markingOf(rows[0]?.marking ?? null);
	const snippetOf = marking ? snippetsOfPage(rows, marking) : null;
	// Past the last page no row carries the total: count apart (an empty first page has none).
	const total =
		rows[0]?.total ??
		(offset === 0 ? 0 : await countFound(db, { terms: query?.terms ?? null, where }));
	return {
		total,
		page: input.page,
		pageSize: input.pageSize,
		pageCount: Math.ceil(total / input.pageSize),
		items: rows.map((row, entry) =>
			toHit(row, snippetOf ? snippetOf(entry, snippetTextOf(row)) : null)
		)
	};
}

/** The page's snippets for the query, cut from the words its rows read. */
function snippetsOfPage(rows: (EntryRow & { snippetWords: string })[], query: QueryNode) {
	const builder = new SnippetTextsBuilder();
	for (const row of rows) builder.add(snippetTextOf(row), row.snippetWords);
	return builder.build().snippetsFor(query);
}

/**
 * The query a snippet marks, read from Postgres's text; one search never writes (see
 * `readTsquery`) marks nothing, and the snippet shows the text's beginning.
 */
function markingOf(text: string | null): QueryNode | null {
	if (text === null) return null;
	return readTsquery(text) ?? { kind: 'any', alternatives: [] };
}

/**
 * The ids on the page, with the total and what they are sorted by (`key0`, `key1`…). With search
 * words, the matches come from the GIN index and are few, and ranking reads them all, so the
 * page counts them on the way (a window over the entries found, taken before LIMIT). What ranking
 * reads of each entry is worked out below the window, once, so the window keeps numbers, not
 * search vectors. Without words, the page reads an index in its order and stops at the LIMIT; a
 * window would make it read every live row first, so the total is counted apart, from an index
 * where the filters allow.
 */
function selectPage(
	db: Database,
	{
		query,
		where,
		keys,
		byKeys,
		offset,
		pageSize
	}: {
		query: SearchQuery | null;
		where: SQL | undefined;
		keys: SortKey[];
		byKeys: SQL[];
		offset: number;
		pageSize: number;
	}
) {
	const sorted = {
		id: sql<number>`${sql.identifier('id')}`.as('id'),
		...Object.fromEntries(keys.map((key, index) => [`key${index}`, key.value.as(`key${index}`)]))
	};
	const selected = query
		? db.select({ ...sorted, total: sql`count(*) over ()`.as('total') }).from(
				// OFFSET 0, written out since the query builder leaves out a zero, keeps the planner
				// from merging the entries found into the page.
				sql`(${db
					.select({
						...sortable,
						...query.perEntry
					})
					.from(interventions)
					.where(where)} offset 0) as found`
			)
		: db
				.select({
					...sorted,
					total: sql`(select count(*) from ${interventions} where ${where})`.as('total')
				})
				.from(interventions)
				.where(where);
	return db.$with('search_page').as(
		selected
			.orderBy(...byKeys)
			.limit(pageSize)
			.offset(offset)
	);
}

/** How many entries the conditions find, with the table of search terms they read. */
async function countFound(
	db: Database,
	{ terms, where }: { terms: WithSubquery | null; where: SQL | undefined }
): Promise<number> {
	const [found] = await db
		.with(...(terms ? [terms] : []))
		.select({ total: count() })
		.from(interventions)
		.where(where);
	return found?.total ?? 0;
}

/** Interventions with one outcome meeting every outcome filter at once. */
function ratedOn(
	db: Database,
	{ domain, effectiveness, minStrength }: InterventionSearchParams
): SQL | undefined {
	if (!domain && !effectiveness && !minStrength) return undefined;
	const strengths = minStrength ? strengthKeys.slice(strengthKeys.indexOf(minStrength)) : null;
	return hasOutcome(
		db,
		and(
			domain ? eq(outcomeRatings.domain, domain) : undefined,
			effectiveness ? eq(outcomeRatings.effectiveness, effectiveness) : undefined,
			strengths ? inArray(outcomeRatings.strength, strengths) : undefined
		)
	);
}

function evaluatedInUk(db: Database): SQL {
	// Written as the index's own condition, not `> $1`, so the planner can use the index.
	return hasOutcome(db, sql`${outcomeRatings.ukStudyCount} > 0`);
}

/** Interventions with an outcome rating for which the condition holds. */
function hasOutcome(db: Database, condition: SQL | undefined): SQL {
	return exists(
		db
			.select({ one: sql`1` })
			.from(outcomeRatings)
			.where(and(eq(outcomeRatings.interventionId, interventions.id), condition))
	);
}

/** A value the page is sorted by, and its direction. */
/**
 * The columns a page may be sorted by, under the names the page reads them by (their own): from
 * the entries found when there are search words, from the table when there are none.
 */
const sortable = {
	id: interventions.id,
	name: interventions.name,
	best_strength: interventions.bestStrength,
	evidence_last_reviewed: interventions.evidenceLastReviewed
};

interface SortKey {
	value: SQL;
	direction: (value: SQL) => SQL;
}

function order(sort: InterventionSearchParams['sort'], query: SearchQuery | null): SortKey[] {
	const ascending = (value: SQL) => asc(value);
	const descending = (value: SQL) => desc(value);
	const descendingNullsLast = (value: SQL) => sql`${value} desc nulls last`;
	// Names, not columns: the page reads them from the entries found or from the table.
	const named = (name: keyof typeof sortable) => sql`${sql.identifier(name)}`;
	const byName = [
		{ value: named('name'), direction: ascending },
		{ value: named('id'), direction: ascending }
	];
	switch (sort) {
		case 'relevance':
			return [
				...(query?.byRelevance ?? []).map((value) => ({ value, direction: descending })),
				...byName
			];
		case 'name':
			return byName;
		case 'strength':
			return [{ value: named('best_strength'), direction: descendingNullsLast }, ...byName];
		case 'last-reviewed':
			return [
				{ value: named('evidence_last_reviewed'), direction: descendingNullsLast },
				...byName
			];
	}
}
