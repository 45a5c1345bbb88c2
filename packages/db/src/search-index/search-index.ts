import type { InterventionSearchHit } from '@whatworks/domain';
import { snippetTextOf, toHit, type EntryRow } from '../queries/search-hits.js';
import type { SnippetTexts } from '../queries/snippet-texts.js';
import { rarityScale } from '../queries/search-query.js';
import type { InterventionSearchParams } from '../queries/search.js';
import type { EntryFilters } from './entry-filters.js';
import type { Lexicon } from './lexicon.js';
import { placesMatched } from './places-matched.js';
import { rankEntries, rankQueryOf } from './ts-rank.js';
import type { QueryNode } from './tsquery-text.js';
import { topOf } from './top-of.js';

/** Search words as Postgres read them (`readSearchWords`): each term's query, and the rest. */
export interface ReadWords {
	/** Each term's query, with its synonyms and spellings. */
	terms: QueryNode[];
	/** Any term: what ranking reads (`ts_rank`); matches nothing when there are only excluded words. */
	anyTerm: QueryNode;
	/** The excluded words, if any. */
	excluded: QueryNode | null;
}

/** The weight of a term by where it matched, indexed by `Place`: not, elsewhere, summary, names. */
const placeWeights = [0, 0.25, 0.5, 1];

/** An entry as a hit shows it, but for its snippet, with its id. */
export type IndexedRow = EntryRow & { id: number };

/** Page orders precomputed by Postgres, so that names sort by the database's own collation. */
export type Order = 'byName' | 'byStrength' | 'byReviewed';

/**
 * The live Evidence Store entries as search reads them, for one content version: the words of
 * each one's search vector (an inverted index), what the filters ask of it, its place in each
 * order a page may be sorted by, and what a hit shows of it, its snippet text's words included.
 * It finds, filters, ranks, counts, pages and cuts snippets exactly as the SQL search does
 * (`search-index.test.ts` holds them to it), in memory. Built from one state of the store (nothing
 * published while it was read), so it is right for `version` and no other.
 */
export class SearchIndex {
	readonly version: string;
	/** Each entry's row as a hit shows it, but for its snippet, which depends on the words. */
	readonly #rows: IndexedRow[];
	readonly #lexicon: Lexicon;
	readonly #filters: EntryFilters;
	/** Each entry's snippet text's words. */
	readonly #texts: SnippetTexts;
	readonly #orders: Record<Order, Int32Array>;
	/** Each entry's place by name, for the last tie-break of a ranking. */
	readonly #nameRanks: Int32Array;

	/** Made of what `readSearchIndex` read. */
	constructor(parts: {
		version: string;
		rows: IndexedRow[];
		lexicon: Lexicon;
		filters: EntryFilters;
		texts: SnippetTexts;
		orders: Record<Order, Int32Array>;
	}) {
		this.version = parts.version;
		this.#rows = parts.rows;
		this.#lexicon = parts.lexicon;
		this.#filters = parts.filters;
		this.#texts = parts.texts;
		this.#orders = parts.orders;
		this.#nameRanks = new Int32Array(parts.rows.length);
		parts.orders.byName.forEach((entry, rank) => (this.#nameRanks[entry] = rank));
	}

	/**
	 * The hits on the page asked for, in order, with their snippets, and how many were found in
	 * all — as the SQL search finds them (`searchInSql`), given its words as Postgres read them.
	 */
	find(
		input: InterventionSearchParams,
		words: ReadWords | null
	): { hits: InterventionSearchHit[]; total: number } {
		const count = this.#rows.length;
		const termPlaces = words?.terms.map((term) => placesMatched(this.#lexicon, term, count)) ?? [];
		const excluded = words?.excluded ? placesMatched(this.#lexicon, words.excluded, count) : null;
		const matched = new Uint8Array(count).fill(termPlaces.length > 0 ? 0 : 1);
		for (const places of termPlaces) {
			for (let entry = 0; entry < count; entry++) if (places[entry] !== 0) matched[entry] = 1;
		}
		const filters = this.#filters.conditionOf(input);
		const found: number[] = [];
		for (let entry = 0; entry < count; entry++) {
			if (matched[entry] === 1 && !(excluded && excluded[entry] !== 0) && filters(entry)) {
				found.push(entry);
			}
		}
		const first = (input.page - 1) * input.pageSize;
		if (first >= found.length) return { hits: [], total: found.length };
		const onPage =
			words && input.sort === 'relevance' && termPlaces.length > 0
				? this.#byRelevance(found, termPlaces, words.anyTerm, first + input.pageSize)
				: this.#inOrder(found, orderOf(input.sort), first + input.pageSize);
		const snippetOf = words ? this.#texts.snippetsFor(words.anyTerm) : null;
		return {
			hits: onPage.slice(first).map((entry) => {
				const row = this.#rows[entry] as IndexedRow;
				return toHit(row, snippetOf ? snippetOf(entry, snippetTextOf(row)) : null);
			}),
			total: found.length
		};
	}

	/** The first `needed` entries found in a precomputed order. */
	#inOrder(found: number[], order: Order, needed: number): number[] {
		const isFound = new Uint8Array(this.#rows.length);
		for (const entry of found) isFound[entry] = 1;
		const entries: number[] = [];
		for (const entry of this.#orders[order]) {
			if (entries.length >= needed) break;
			if (isFound[entry] === 1) entries.push(entry);
		}
		return entries;
	}

	/**
	 * The first `needed` entries found by relevance: each term weighed by where it matched and by
	 * its rarity among the entries found (in whole steps of `rarityScale`, as in SQL: the sums are
	 * exact), then `ts_rank`, then the name.
	 */
	#byRelevance(
		found: number[],
		termPlaces: Uint8Array[],
		anyTerm: QueryNode,
		needed: number
	): number[] {
		const rarities = termPlaces.map((places) => {
			let matched = 0;
			for (const entry of found) if (places[entry] !== 0) matched++;
			return Math.floor(Math.log(1 + found.length / Math.max(matched, 1)) * rarityScale);
		});
		const scores = new Float64Array(this.#rows.length);
		termPlaces.forEach((places, term) => {
			const rarity = rarities[term] as number;
			for (const entry of found) {
				scores[entry] =
					(scores[entry] as number) + (placeWeights[places[entry] as number] as number) * rarity;
			}
		});
		const ranks = rankEntries(rankQueryOf(anyTerm), this.#lexicon, found, this.#rows.length);
		return topOf(found, needed, (a, b) =>
			scores[a] !== scores[b]
				? (scores[b] as number) - (scores[a] as number)
				: ranks[a] !== ranks[b]
					? (ranks[b] as number) - (ranks[a] as number)
					: (this.#nameRanks[a] as number) - (this.#nameRanks[b] as number)
		);
	}
}

function orderOf(sort: InterventionSearchParams['sort']): Order {
	switch (sort) {
		case 'strength':
			return 'byStrength';
		case 'last-reviewed':
			return 'byReviewed';
		default:
			return 'byName';
	}
}
