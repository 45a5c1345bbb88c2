import {
	interventionSearchInputSchema,
	splitSnippet,
	strengthKeys,
	type InterventionSearchInput,
	type InterventionSearchResult,
	type SnippetPart
} from '@whatworks/domain';
import { and, asc, desc, eq, exists, gt, gte, inArray, lte, not, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { interventions, outcomeRatings } from '../schema/index.js';
import { filedUnder, interventionColumns, summarise } from './interventions.js';

// Markers ts_headline wraps matches in; control characters never occur in our prose.
const matchStart = '\u0002';
const matchStop = '\u0003';
const fragmentDelimiter = ' … ';
const headlineOptions = `StartSel=${matchStart}, StopSel=${matchStop}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter="${fragmentDelimiter}"`;

/**
 * Searches the Evidence Store: full-text words (web search syntax, ranked name > summary > body)
 * combined with filters, sorted and paged. Matches come back as snippet parts, never as markup.
 */
export async function searchInterventions(
	db: Database,
	params: InterventionSearchInput
): Promise<InterventionSearchResult> {
	const input = interventionSearchInputSchema.parse(params);
	const query = input.q ? sql`websearch_to_tsquery('english', ${input.q})` : null;
	const where = and(
		query ? sql`${interventions.searchVector} @@ ${query}` : undefined,
		input.topic ? filedUnder(db, input.topic) : undefined,
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

	// The total across pages comes with the page: a window over the filtered rows, before LIMIT.
	const rows = await db
		.select({ ...interventionColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
		.from(interventions)
		.where(where)
		.orderBy(...order(input.sort, query))
		.limit(input.pageSize)
		.offset((input.page - 1) * input.pageSize);
	// Past the last page there is no row to carry the total, so count separately.
	const total = rows[0]?.total ?? (input.page > 1 ? await db.$count(interventions, where) : 0);

	const snippets = query ? await findSnippets(db, query, rows) : new Map<number, SnippetPart[]>();
	const summaries = await summarise(db, rows);
	return {
		total,
		page: input.page,
		pageSize: input.pageSize,
		pageCount: Math.ceil(total / input.pageSize),
		items: summaries.map((summary, index) => ({
			...summary,
			snippet: snippets.get(rows[index]?.id ?? -1) ?? null
		}))
	};
}

type Filters = ReturnType<typeof interventionSearchInputSchema.parse>;

/** Interventions with one outcome meeting every outcome filter at once. */
function ratedOn(db: Database, { domain, effectiveness, minStrength }: Filters): SQL | undefined {
	if (!domain && !effectiveness && !minStrength) return undefined;
	const strengths = minStrength ? strengthKeys.slice(strengthKeys.indexOf(minStrength)) : null;
	return exists(
		db
			.select({ one: sql`1` })
			.from(outcomeRatings)
			.where(
				and(
					eq(outcomeRatings.interventionId, interventions.id),
					domain ? eq(outcomeRatings.domain, domain) : undefined,
					effectiveness ? eq(outcomeRatings.effectiveness, effectiveness) : undefined,
					strengths ? inArray(outcomeRatings.strength, strengths) : undefined
				)
			)
	);
}

function evaluatedInUk(db: Database): SQL {
	return exists(
		db
			.select({ one: sql`1` })
			.from(outcomeRatings)
			.where(
				and(eq(outcomeRatings.interventionId, interventions.id), gt(outcomeRatings.ukStudyCount, 0))
			)
	);
}

function order(sort: Filters['sort'], query: SQL | null): SQL[] {
	const byName = [asc(interventions.name), asc(interventions.id)];
	switch (sort) {
		case 'relevance':
			return query
				? [desc(sql`ts_rank_cd(${interventions.searchVector}, ${query})`), ...byName]
				: byName;
		case 'name':
			return byName;
		case 'strength':
			return [sql`${interventions.bestStrength} desc nulls last`, ...byName];
		case 'last-reviewed':
			return [sql`${interventions.evidenceLastReviewed} desc nulls last`, ...byName];
	}
}

async function findSnippets(
	db: Database,
	query: SQL,
	rows: { id: number }[]
): Promise<Map<number, SnippetPart[]>> {
	if (rows.length === 0) return new Map();
	const body = sql<string>`${interventions.summary} || ' ' || ${interventions.description}`;
	const headlines = await db
		.select({
			id: interventions.id,
			body,
			marked: sql<string>`ts_headline('english', ${body}, ${query}, ${headlineOptions})`
		})
		.from(interventions)
		.where(
			inArray(
				interventions.id,
				rows.map((row) => row.id)
			)
		);
	return new Map(headlines.map(({ id, body, marked }) => [id, toSnippet(body, marked)]));
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
