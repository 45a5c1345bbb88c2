import { splitSnippet, type InterventionSearchHit, type SnippetPart } from '@whatworks/domain';
import { sql, type SQL } from 'drizzle-orm';
import { interventions } from '../schema/index.js';
import { toSummary, type SummaryRow } from './intervention-rows.js';
import { summaryColumns } from './interventions.js';

// What a search shows of each entry found, whichever way it was found: the entry and its snippet.

// Markers ts_headline wraps matches in; control characters never occur in our prose.
const matchStart = '\u0002';
const matchStop = '\u0003';
const fragmentDelimiter = ' … ';
const headlineOptions = `StartSel=${matchStart}, StopSel=${matchStop}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter="${fragmentDelimiter}"`;

/** The columns of an entry a hit shows, but for its snippet. */
export const entryColumns = { ...summaryColumns, description: interventions.description };

/** An entry's columns as a hit shows it, its snippet marked for the query when there is one. */
export function hitColumns(anyTerm: SQL | null) {
	return { ...entryColumns, marked: anyTerm ? markedColumn(anyTerm) : sql<string | null>`null` };
}

/** An entry's text with the query's matches marked, in up to two passages (`ts_headline`). */
export function markedColumn(anyTerm: SQL) {
	const body = sql<string>`${interventions.summary} || ' ' || ${interventions.description}`;
	return sql<string | null>`ts_headline('english', ${body}, ${anyTerm}, ${headlineOptions})`;
}

/** What a hit shows of an entry, but for its snippet. */
export type EntryRow = SummaryRow & { description: string };

export type HitRow = EntryRow & { marked: string | null };

export function toHit(row: HitRow): InterventionSearchHit {
	return {
		...toSummary(row),
		snippet: row.marked === null ? null : toSnippet(`${row.summary} ${row.description}`, row.marked)
	};
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
