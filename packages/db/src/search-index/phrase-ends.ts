import type { PhraseNode } from './tsquery-text.js';

/**
 * Where matches of a lexeme or phrase end, as word positions, given where each lexeme occurs: a
 * phrase matches where its right part ends `distance` words plus its own width after its left
 * part does, as Postgres's `TS_phrase_execute` has it.
 *
 * @example phraseEnds(drugAndAlcohol, positionsOf) // [9] for 'drug':7 'alcohol':9 ('drug' <2> 'alcohol')
 */
export function phraseEnds(
	query: PhraseNode,
	positionsOf: (lexeme: string) => readonly number[]
): readonly number[] {
	if (query.kind === 'lexeme') return positionsOf(query.lexeme);
	const lefts = phraseEnds(query.left, positionsOf);
	if (lefts.length === 0) return lefts;
	const offset = query.distance + widthOf(query.right);
	return phraseEnds(query.right, positionsOf).filter((end) => lefts.includes(end - offset));
}

/** How many words after its first a match of the query ends. */
export function widthOf(query: PhraseNode): number {
	return query.kind === 'phrase' ? query.distance + widthOf(query.left) + widthOf(query.right) : 0;
}
