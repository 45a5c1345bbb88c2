import type { Lexicon, Postings } from './lexicon.js';
import { phraseEnds } from './phrase-ends.js';
import type { PhraseNode, QueryNode } from './tsquery-text.js';
import { placeOf, weightOf } from './tsvector-text.js';

/**
 * Where an entry matched a query, as search weighs it: 3 in its names (weight A), 2 in its
 * summary and what it is filed under (B), 1 only elsewhere or across parts, 0 not at all.
 */
export type Place = 0 | 1 | 2 | 3;

/**
 * Where each of `entryCount` entries matched the query, as Postgres's `@@` matches it against the
 * whole search vector and against its names and summary parts (a phrase within a part has all its
 * words there, in order).
 */
export function placesMatched(lexicon: Lexicon, query: QueryNode, entryCount: number): Uint8Array {
	const places = new Uint8Array(entryCount);
	markPlaces(lexicon, query, places);
	return places;
}

function markPlaces(lexicon: Lexicon, query: QueryNode, places: Uint8Array): void {
	if (query.kind === 'any') {
		for (const alternative of query.alternatives) markPlaces(lexicon, alternative, places);
	} else if (query.kind === 'lexeme') {
		const postings = lexicon.postingsOf(query.lexeme);
		if (!postings) return;
		const { entries, starts, positions } = postings;
		for (let at = 0; at < entries.length; at++) {
			const entry = entries[at] as number;
			let place = places[entry] as number;
			for (let i = starts[at] as number; i < (starts[at + 1] as number); i++) {
				place = Math.max(place, placeOfWeight(positions[i] as number));
			}
			places[entry] = place;
		}
	} else {
		// Only entries holding the phrase's rarest word can hold the phrase.
		const rarest = rarestPostings(lexicon, query);
		if (!rarest) return;
		for (const entry of rarest.entries) {
			if (places[entry] === 3 || phraseEndsIn(lexicon, query, entry, 1).length === 0) continue;
			const place = [3, 2].find(
				(part) => phraseEndsIn(lexicon, query, entry, part as Place).length > 0
			) as Place | undefined;
			places[entry] = Math.max(places[entry] as number, place ?? 1);
		}
	}
}

/** The place a single occurrence gives: its weight's part, or elsewhere (C and D). */
const placeOfWeight = (position: number): Place => Math.max(weightOf(position), 1) as Place;

/** The postings of the phrase's word in fewest entries; undefined when one is in none. */
function rarestPostings(lexicon: Lexicon, query: PhraseNode): Postings | undefined {
	if (query.kind === 'lexeme') return lexicon.postingsOf(query.lexeme);
	const left = rarestPostings(lexicon, query.left);
	const right = rarestPostings(lexicon, query.right);
	if (!left || !right) return undefined;
	return left.entries.length <= right.entries.length ? left : right;
}

/**
 * Where matches of a lexeme or phrase end in one entry, counting only occurrences in `place` (its
 * part, or anywhere for 1).
 */
function phraseEndsIn(
	lexicon: Lexicon,
	query: PhraseNode,
	entry: number,
	place: Place
): readonly number[] {
	return phraseEnds(query, (lexeme) => {
		const ends: number[] = [];
		for (const position of lexicon.positionsIn(lexeme, entry) ?? []) {
			if (place === 1 || weightOf(position) === place) ends.push(placeOf(position));
		}
		return ends;
	});
}
