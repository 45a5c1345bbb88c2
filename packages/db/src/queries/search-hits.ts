import type { InterventionSearchHit } from '@whatworks/domain';
import { sql } from 'drizzle-orm';
import { interventions, type SnippetWord } from '../schema/index.js';
import type { QueryNode } from '../search-index/tsquery-text.js';
import { toSummary, type SummaryRow } from './intervention-rows.js';
import { summaryColumns } from './interventions.js';
import { snippetOf } from './snippet.js';

// What a search shows of each entry found, whichever way it was found: the entry and its snippet.

/**
 * The columns of an entry a hit shows, with the words its snippet is cut from as JSON text:
 * parsed only for the entries on a page.
 */
export const entryColumns = {
	...summaryColumns,
	description: interventions.description,
	snippetWords: sql<string>`${interventions.snippetWords}::text`
};

/** What a hit shows of an entry, its snippet still to be cut for the query. */
export type EntryRow = SummaryRow & { description: string; snippetWords: string };

/** The entry as a hit, with a snippet marked for the query when there is one. */
export function toHit(row: EntryRow, query: QueryNode | null): InterventionSearchHit {
	return {
		...toSummary(row),
		snippet: query
			? snippetOf(
					`${row.summary} ${row.description}`,
					JSON.parse(row.snippetWords) as SnippetWord[],
					query
				)
			: null
	};
}
