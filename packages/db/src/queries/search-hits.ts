import type { InterventionSearchHit, SnippetPart } from '@whatworks/domain';
import { sql } from 'drizzle-orm';
import { interventions } from '../schema/index.js';
import { toSummary, type SummaryRow } from './intervention-rows.js';
import { summaryColumns } from './interventions.js';

// What a search shows of each entry found, whichever way it was found: the entry and its snippet.

/** The columns of an entry a hit shows, but for its snippet. */
export const entryColumns = { ...summaryColumns, description: interventions.description };

/** The words an entry's snippet is cut from, as JSON text (`SnippetTexts` reads them). */
export const snippetWordsColumn = sql<string>`${interventions.snippetWords}::text`;

/** What a hit shows of an entry, but for its snippet. */
export type EntryRow = SummaryRow & { description: string };

/** The text an entry's snippet is cut from: its summary and description, as the trigger joins them. */
export const snippetTextOf = (row: EntryRow) => `${row.summary} ${row.description}`;

/** The entry as a hit, with its snippet when there are search words. */
export function toHit(row: EntryRow, snippet: SnippetPart[] | null): InterventionSearchHit {
	return { ...toSummary(row), snippet };
}
