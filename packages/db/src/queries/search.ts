import {
	splitSnippet,
	strengthKeys,
	type interventionSearchInputSchema,
	type InterventionSearchResult,
	type SnippetPart
} from '@whatworks/domain';
import { and, asc, eq, exists, gte, inArray, lte, not, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { interventions, outcomeRatings } from '../schema/index.js';
import {
	filedUnder,
	interventionColumns,
	isLive,
	summarise,
	type InterventionRow
} from './interventions.js';
import { readSearchWords, type SearchQuery } from './search-query.js';

// Markers ts_headline wraps matches in; control characters never occur in our prose.
const matchStart = '\u0002';
const matchStop = '\u0003';
const fragmentDelimiter = ' … ';
const headlineOptions = `StartSel=${matchStart}, StopSel=${matchStop}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter="${fragmentDelimiter}"`;

/**
 * The parameters of a search as the domain's schema gives them once checked, defaults filled in:
 * callers parse with `interventionSearchInputSchema` (tRPC's `.input()` does), and nothing parses
 * them again here.
 */
export type InterventionSearchParams = ReturnType<typeof interventionSearchInputSchema.parse>;

/**
 * Searches the Evidence Store: words in web search syntax, read as `readSearchWords` explains,
 * combined with filters, sorted and paged. Matches come back as snippet parts, never as markup.
 */
export async function searchInterventions(
	db: Database,
	input: InterventionSearchParams
): Promise<InterventionSearchResult> {
	const query = input.q ? await readSearchWords(db, input.q) : null;
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

	// First the ids on the page. With search words, the matches come from the search index and
	// are few, and ranking reads them all, so the page counts them on the way (a window over
	// the filtered rows, taken before LIMIT). Without, the page reads an index in its order and
	// stops at the LIMIT; a window would make it read every live row first, so the total is
	// counted apart, from an index where the filters allow. Ids only: a window over whole rows
	// would buffer every wide row.
	const offset = (input.page - 1) * input.pageSize;
	const page = await db
		.select({
			id: interventions.id,
			total: query ? sql<number>`count(*) over ()`.mapWith(Number) : sql<null>`null`
		})
		.from(interventions)
		.where(where)
		.orderBy(...order(input.sort, query))
		.limit(input.pageSize)
		.offset(offset);
	// A page that is not full ends the list, so it tells the total without counting.
	const total =
		page[0]?.total ??
		(page.length < input.pageSize && (page.length > 0 || offset === 0)
			? offset + page.length
			: await db.$count(interventions, where));

	const rows = await findPageRows(db, { ids: page.map((row) => row.id), query });
	const summaries = await summarise(db, { rows });
	return {
		total,
		page: input.page,
		pageSize: input.pageSize,
		pageCount: Math.ceil(total / input.pageSize),
		items: summaries.map((summary, index) => ({
			...summary,
			snippet: rows[index]?.snippet ?? null
		}))
	};
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

function order(sort: InterventionSearchParams['sort'], query: SearchQuery | null): SQL[] {
	const byName = [asc(interventions.name), asc(interventions.id)];
	switch (sort) {
		case 'relevance':
			return [...(query?.byRelevance ?? []), ...byName];
		case 'name':
			return byName;
		case 'strength':
			return [sql`${interventions.bestStrength} desc nulls last`, ...byName];
		case 'last-reviewed':
			return [sql`${interventions.evidenceLastReviewed} desc nulls last`, ...byName];
	}
}

/** The rows of the page in its order, each with its snippet when there are search words. */
async function findPageRows(
	db: Database,
	{ ids, query }: { ids: number[]; query: SearchQuery | null }
): Promise<(InterventionRow & { snippet: SnippetPart[] | null })[]> {
	if (ids.length === 0) return [];
	const body = sql<string>`${interventions.summary} || ' ' || ${interventions.description}`;
	const found = await db
		.select({
			...interventionColumns,
			marked: query
				? sql<string>`ts_headline('english', ${body}, ${query.anyTerm}, ${headlineOptions})`
				: sql<null>`null`
		})
		.from(interventions)
		.where(inArray(interventions.id, ids));
	const byId = new Map(found.map((row) => [row.id, row]));
	return ids.flatMap((id) => {
		const row = byId.get(id);
		if (!row) return [];
		const { marked, ...columns } = row;
		const snippet = marked === null ? null : toSnippet(`${row.summary} ${row.description}`, marked);
		return [{ ...columns, snippet }];
	});
}

/** A headline as snippet parts; a passage from the middle of the text says so, as a quotation would. */
function toSnippet(body: string, marked: string): SnippetPart[] {
	const fragments = marked
		.replaceAll(matchStart, '')
		.replaceAll(matchStop, '')
		.split(fragmentDelimiter);
	const lead = body.startsWith(fragments[0] ?? '') ? '' : '… ';
	const tail = body.endsWith(fragments.at(-1) ?? '') ? '' : ' …';
	return splitSnippet(`${lead}${marked}${tail}`, matchStart, matchStop);
}
