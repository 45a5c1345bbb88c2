import type { Lexicon, Postings } from './lexicon.js';
import { phraseEnds } from './phrase-ends.js';
import { lexemesOf, type PhraseNode, type QueryNode } from './tsquery-text.js';
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
		markPhrase(lexicon, query, places);
	}
}

/** The place a single occurrence gives: its weight's part, or elsewhere (C and D). */
const placeOfWeight = (position: number): Place => Math.max(weightOf(position), 1) as Place;

/**
 * Marks the entries holding the phrase with the part it is in. Only an entry holding every word
 * of it can: the words' postings are walked side by side over the rarest word's entries, and an
 * entry's positions are read only when it holds them all.
 */
function markPhrase(lexicon: Lexicon, query: PhraseNode, places: Uint8Array): void {
	const lexemes = [...new Set(lexemesOf(query))];
	const postings: Postings[] = [];
	for (const lexeme of lexemes) {
		const found = lexicon.postingsOf(lexeme);
		if (!found) return;
		postings.push(found);
	}
	const rarest = postings.reduce((a, b) => (b.entries.length < a.entries.length ? b : a));
	const cursors = new Int32Array(postings.length);
	// The entry's positions of each word, once it holds them all.
	const positions = new Map<string, Uint16Array>();
	const holdsAll = (entry: number): boolean => {
		for (let word = 0; word < postings.length; word++) {
			const { entries, starts, positions: packed } = postings[word] as Postings;
			const at = seek(entries, cursors[word] as number, entry);
			cursors[word] = at;
			if (entries[at] !== entry) return false;
			positions.set(lexemes[word] as string, packed.subarray(starts[at], starts[at + 1]));
		}
		return true;
	};
	// Where the phrase ends counting only occurrences in `place` (its part, or anywhere for 1).
	const endsIn = (place: Place) =>
		phraseEnds(query, (lexeme) => {
			const ends: number[] = [];
			for (const position of positions.get(lexeme) ?? []) {
				if (place === 1 || weightOf(position) === place) ends.push(placeOf(position));
			}
			return ends;
		});
	for (const entry of rarest.entries) {
		if (places[entry] === 3 || !holdsAll(entry) || endsIn(1).length === 0) continue;
		const place = endsIn(3).length > 0 ? 3 : endsIn(2).length > 0 ? 2 : 1;
		places[entry] = Math.max(places[entry] as number, place);
	}
}

/** The first index from `from` on of the ascending `entries` whose entry is at least `entry`. */
function seek(entries: Int32Array, from: number, entry: number): number {
	let low = from;
	let high = entries.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if ((entries[middle] as number) < entry) low = middle + 1;
		else high = middle;
	}
	return low;
}
