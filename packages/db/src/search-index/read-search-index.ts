import { and, asc, gt, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { readContentVersion } from '../content-version.js';
import { isLive } from '../queries/interventions.js';
import { entryColumns, snippetTextOf, snippetWordsColumn } from '../queries/search-hits.js';
import { SnippetTextsBuilder } from '../queries/snippet-texts.js';
import { interventions } from '../schema/index.js';
import { EntryFilters } from './entry-filters.js';
import { LexiconBuilder } from './lexicon.js';
import { SearchIndex, type IndexedRow, type Order } from './search-index.js';
import { forEachLexeme } from './tsvector-text.js';

/** How a build reads the entries. */
export interface ReadOptions {
	/** Entries read per statement. */
	entriesPerRead?: number;
	/** Asked between chunks, and awaited: true stops the build, which then gives null. */
	stopped?: () => boolean | Promise<boolean>;
}

/** Where each entry comes in the page orders, counted from 1, by Postgres. */
const orderColumns: Record<Order, ReturnType<typeof rowNumber>> = {
	byName: rowNumber(sql`${interventions.name}, ${interventions.id}`),
	byStrength: rowNumber(
		sql`${interventions.bestStrength} desc nulls last, ${interventions.name}, ${interventions.id}`
	),
	byReviewed: rowNumber(
		sql`${interventions.evidenceLastReviewed} desc nulls last, ${interventions.name}, ${interventions.id}`
	)
};

function rowNumber(orderBy: ReturnType<typeof sql>) {
	return sql<number>`row_number() over (order by ${orderBy})`.mapWith(Number);
}

/**
 * Reads the search index of every live entry, with what a hit shows of each, a chunk at a time
 * (between chunks other queries run, which matters on PGlite's one thread), between two readings
 * of the content version. Null when they differ (something was published meanwhile, and the
 * chunks may disagree), or when `stopped` says so between chunks (the database is closing).
 */
export async function readSearchIndex(
	db: Database,
	{ entriesPerRead = 1000, stopped = () => false }: ReadOptions = {}
): Promise<SearchIndex | null> {
	const before = await readContentVersion(db);
	const ordered = await db
		.select({ id: interventions.id, ...orderColumns })
		.from(interventions)
		.where(isLive)
		.orderBy(asc(interventions.id));
	const count = ordered.length;
	const lexicon = new LexiconBuilder();
	const filters = new EntryFilters(count);
	const texts = new SnippetTextsBuilder();
	const rows: IndexedRow[] = [];
	for (let entry = 0; entry < count;) {
		const chunk = await db
			.select({
				id: interventions.id,
				vector: sql<string>`${interventions.searchVector}::text`,
				snippetWords: snippetWordsColumn,
				...entryColumns
			})
			.from(interventions)
			.where(entry === 0 ? isLive : and(isLive, gt(interventions.id, ordered[entry - 1]?.id ?? 0)))
			.orderBy(asc(interventions.id))
			.limit(entriesPerRead);
		if (chunk.length === 0) return null;
		// PGlite answers within the same turn of the event loop: let requests in between chunks.
		await new Promise((resolve) => setImmediate(resolve));
		if (await stopped()) return null;
		for (const { vector, snippetWords, ...row } of chunk) {
			if (ordered[entry]?.id !== row.id) return null;
			forEachLexeme(vector, (lexeme, positions) => lexicon.add(entry, lexeme, positions));
			filters.addEntry(entry, row);
			texts.add(snippetTextOf(row), snippetWords);
			rows.push(row);
			entry++;
		}
	}
	if ((await readContentVersion(db)) !== before) return null;
	const orders = Object.fromEntries(
		(Object.keys(orderColumns) as Order[]).map((order) => {
			const entries = new Int32Array(count);
			ordered.forEach((row, entry) => (entries[row[order] - 1] = entry));
			return [order, entries];
		})
	) as Record<Order, Int32Array>;
	return new SearchIndex({
		version: before,
		rows,
		lexicon: lexicon.build(),
		filters,
		texts: texts.build(),
		orders
	});
}
