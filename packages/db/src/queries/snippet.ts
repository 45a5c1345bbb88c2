import type { SnippetPart } from '@whatworks/domain';
import { phraseEnds, widthOf } from '../search-index/phrase-ends.js';
import {
	alternativesOf,
	lexemesOf,
	type PhraseNode,
	type QueryNode
} from '../search-index/tsquery-text.js';

/** The most words a snippet shows: one passage of them, or two of half as many each. */
export const snippetLength = 36;

/** Where a word, or a stretch of words, is in the text: from `start` up to `end`, in characters. */
interface Stretch {
	start: number;
	end: number;
}

/** Words of the text matched by one of the query's alternatives, counted in the text's words. */
interface Match {
	first: number;
	last: number;
	alternative: number;
}

/**
 * The words of a snippet's text as its search vector reads them, packed (`SnippetTexts` reads
 * them from the column `snippet_words`): where each word stands in the text, and each lexeme a
 * word has.
 */
export interface TextWords {
	/**
	 * Each word position's start and end in the text, two numbers each: -1 for a word of parts
	 * (or, never seen, a token not found in the text).
	 */
	spans: Int32Array;
	/** Each lexeme of a word: the word's position, counted from 0 … */
	lexemePositions: Int32Array;
	/** … and the lexeme's number among the texts' (`SnippetTexts`). */
	lexemeNumbers: Int32Array;
}

/** A query as snippets mark it, worked out once for a page of hits. */
export interface SnippetQuery {
	/** The lexemes and phrases it matches any of. */
	alternatives: PhraseNode[];
	/** Its lexemes that some text has, by their numbers. */
	lexemes: Map<number, string>;
}

/** The query as snippets mark it, given the numbers of the texts' lexemes. */
export function snippetQueryOf(
	query: QueryNode,
	numberOf: (lexeme: string) => number | undefined
): SnippetQuery {
	const alternatives = alternativesOf(query);
	const lexemes = new Map<number, string>();
	for (const lexeme of alternatives.flatMap(lexemesOf)) {
		const number = numberOf(lexeme);
		if (number !== undefined) lexemes.set(number, lexeme);
	}
	return { alternatives, lexemes };
}

/**
 * A snippet of `text` for a search hit, with what the query matched marked: the passage holding
 * the most of its alternatives, or two passages when they lie far apart, each cut at words and
 * begun at a sentence where one starts near, with an ellipsis where text is left out. Without a
 * match, the text's beginning. A word is marked where search matched it, by its lexemes, and a
 * phrase whole where its words stand in order.
 *
 * @example snippetOf('Helps parents and carers.', words, query) // for 'carer': [{ text: 'Helps parents and ', match: false }, { text: 'carers', match: true }, { text: '.', match: false }]
 */
export function snippetOf(text: string, words: TextWords, query: SnippetQuery): SnippetPart[] {
	const { located, wordAt } = locate(words.spans);
	if (located.length === 0) return [];
	const matches = matchesOf(words, wordAt, query);
	const passages = passagesOf(text, located, matches).map(([first, last]) =>
		stretchOf(located, first, last)
	);
	const marks = merged(matches.map((match) => stretchOf(located, match.first, match.last)));
	return partsOf(text, passages, marks);
}

/**
 * The words that show text, and for each word position its place among them, or -1 for a word
 * of parts, which shows none of its own.
 */
function locate(spans: Int32Array): { located: Stretch[]; wordAt: Int32Array } {
	const located: Stretch[] = [];
	const wordAt = new Int32Array(spans.length / 2).fill(-1);
	for (let position = 0; position < wordAt.length; position++) {
		const start = spans[2 * position] as number;
		if (start < 0) continue;
		wordAt[position] = located.length;
		located.push({ start, end: spans[2 * position + 1] as number });
	}
	return { located, wordAt };
}

/** Each match of each of the query's alternatives, by the words it spans, in text order. */
function matchesOf(words: TextWords, wordAt: Int32Array, query: SnippetQuery): Match[] {
	// Where each of the query's lexemes is in this text, counted from 1 as the search vector does.
	const positionsOf = new Map<string, number[]>();
	words.lexemeNumbers.forEach((number, at) => {
		const lexeme = query.lexemes.get(number);
		if (lexeme === undefined) return;
		const position = (words.lexemePositions[at] as number) + 1;
		const positions = positionsOf.get(lexeme);
		if (positions) positions.push(position);
		else positionsOf.set(lexeme, [position]);
	});
	const matches: Match[] = [];
	query.alternatives.forEach((alternative, index) => {
		const width = widthOf(alternative);
		for (const end of phraseEnds(alternative, (lexeme) => positionsOf.get(lexeme) ?? [])) {
			const shown = wordAt.subarray(end - 1 - width, end).filter((at) => at >= 0);
			if (shown.length === 0) continue;
			matches.push({ first: shown[0] as number, last: shown.at(-1) as number, alternative: index });
		}
	});
	return matches.sort((a, b) => a.first - b.first || a.last - b.last);
}

/**
 * The passages to show, as first and last words: around all the matches when they fit in one,
 * otherwise around the two stretches of half a snippet holding the most alternatives.
 */
function passagesOf(text: string, located: Stretch[], matches: Match[]): Array<[number, number]> {
	const around = (first: number, last: number, length: number) =>
		widened(text, located, first, last, length);
	const [firstMatch] = matches;
	if (!firstMatch) return [around(0, 0, snippetLength)];
	const last = Math.max(...matches.map((match) => match.last));
	if (last - firstMatch.first < snippetLength)
		return [around(firstMatch.first, last, snippetLength)];
	const length = snippetLength / 2;
	const best = busiest(matches, length);
	const rest = matches.filter((match) => match.last < best[0] || match.first > best[1]);
	if (rest.length === 0) return [around(...best, snippetLength)];
	const next = busiest(rest, length);
	return [best, next]
		.sort((a, b) => a[0] - b[0])
		.map(([first, last]) => around(first, last, length));
}

/**
 * The stretch of at most `length` words, starting at a match, whose matches hold the most of the
 * query's alternatives, then the most matches; the first such. Its first and last matched words.
 */
function busiest(matches: Match[], length: number): [number, number] {
	let best: [number, number] = [0, 0];
	let bestScore = -1;
	for (const start of matches) {
		const inside = matches.filter(
			(match) => match.first >= start.first && match.last < start.first + length
		);
		const score = new Set(inside.map((match) => match.alternative)).size * 1000 + inside.length;
		if (score > bestScore) {
			bestScore = score;
			best = [start.first, Math.max(start.last, ...inside.map((match) => match.last))];
		}
	}
	return best;
}

/**
 * Words `first` to `last` with words around them up to `length` in all: up to half of those
 * before, stopping at the start of a sentence, and the rest after (or before, at the text's end).
 */
function widened(
	text: string,
	located: Stretch[],
	first: number,
	last: number,
	length: number
): [number, number] {
	let start = first;
	const before = Math.floor((length - (last - first + 1)) / 2);
	for (let n = 0; n < before && start > 0 && !startsSentence(text, located, start); n++) start--;
	const end = Math.max(last, Math.min(located.length - 1, start + length - 1));
	return [Math.max(0, Math.min(start, end - length + 1)), end];
}

/** Whether the word begins a sentence: the text's first, or after a full stop, ! or ?. */
function startsSentence(text: string, located: Stretch[], word: number): boolean {
	const previous = located[word - 1];
	const current = located[word] as Stretch;
	return !previous || /[.!?]/.test(text.slice(previous.end, current.start));
}

/** The text of words `first` to `last`. */
function stretchOf(located: Stretch[], first: number, last: number): Stretch {
	return { start: (located[first] as Stretch).start, end: (located[last] as Stretch).end };
}

/** Stretches in text order, those that overlap made one. */
function merged(stretches: Stretch[]): Stretch[] {
	const sorted = [...stretches].sort((a, b) => a.start - b.start);
	const result: Stretch[] = [];
	for (const stretch of sorted) {
		const previous = result.at(-1);
		if (previous && stretch.start < previous.end)
			previous.end = Math.max(previous.end, stretch.end);
		else result.push({ ...stretch });
	}
	return result;
}

/**
 * The passages as snippet parts, marks inside them marked, with the punctuation that clings to
 * their first and last words, and an ellipsis wherever text is left out.
 */
function partsOf(text: string, passages: Stretch[], marks: Stretch[]): SnippetPart[] {
	const parts: SnippetPart[] = [];
	const add = (part: string, match: boolean) => {
		const previous = parts.at(-1);
		if (part === '') return;
		if (previous && previous.match === match) previous.text += part;
		else parts.push({ text: part, match });
	};
	let shownTo = 0;
	for (const passage of passages) {
		let { start, end } = passage;
		while (start > 0 && !/\s/.test(text[start - 1] as string)) start--;
		while (end < text.length && !/\s/.test(text[end] as string)) end++;
		// A passage that meets the one before goes on from it.
		if (text.slice(shownTo, start).trim() !== '') add(shownTo === 0 ? '… ' : ' … ', false);
		else if (shownTo > 0) start = shownTo;
		let cursor = start;
		for (const mark of marks) {
			if (mark.end <= start || mark.start >= end) continue;
			add(text.slice(cursor, Math.max(cursor, mark.start)), false);
			add(text.slice(Math.max(cursor, mark.start), Math.min(end, mark.end)), true);
			cursor = Math.min(end, mark.end);
		}
		add(text.slice(cursor, end), false);
		shownTo = Math.max(shownTo, end);
	}
	if (text.slice(shownTo).trim() !== '') add(' …', false);
	return parts;
}
