import type { SnippetPart } from '@whatworks/domain';
import type { SnippetWord } from '../schema/index.js';
import type { QueryNode } from '../search-index/tsquery-text.js';
import { snippetOf, snippetQueryOf, type TextWords } from './snippet.js';

/**
 * The snippet texts' words of entries (numbered from 0), packed in typed arrays: where each word
 * stands in its text, and each lexeme it has by number, so that entries share their lexemes'
 * strings and a snippet is cut without parsing anything again. The search index keeps them for
 * every entry; the SQL search reads them for its page.
 */
export class SnippetTexts {
	readonly #numbers: Map<string, number>;
	/** Where each entry's spans (two numbers a word) and lexemes begin, and where the last end. */
	readonly #spanStarts: Int32Array;
	readonly #lexemeStarts: Int32Array;
	readonly #spans: Int32Array;
	readonly #positions: Int32Array;
	readonly #lexemes: Int32Array;

	constructor(parts: {
		numbers: Map<string, number>;
		spanStarts: Int32Array;
		lexemeStarts: Int32Array;
		spans: Int32Array;
		positions: Int32Array;
		lexemes: Int32Array;
	}) {
		this.#numbers = parts.numbers;
		this.#spanStarts = parts.spanStarts;
		this.#lexemeStarts = parts.lexemeStarts;
		this.#spans = parts.spans;
		this.#positions = parts.positions;
		this.#lexemes = parts.lexemes;
	}

	/**
	 * The snippets of entries for the query (see `snippetOf`), each given its entry and text
	 * again: what the query needs is worked out once for them all.
	 */
	snippetsFor(query: QueryNode): (entry: number, text: string) => SnippetPart[] {
		const marking = snippetQueryOf(query, (lexeme) => this.#numbers.get(lexeme));
		return (entry, text) => {
			const [lexemeStart, lexemeEnd] = [this.#lexemeStarts[entry], this.#lexemeStarts[entry + 1]];
			const words: TextWords = {
				spans: this.#spans.subarray(this.#spanStarts[entry], this.#spanStarts[entry + 1]),
				lexemePositions: this.#positions.subarray(lexemeStart, lexemeEnd),
				lexemeNumbers: this.#lexemes.subarray(lexemeStart, lexemeEnd)
			};
			return snippetOf(text, words, marking);
		};
	}
}

/** Gathers entries' snippet texts' words in entry order, then packs them (`SnippetTexts`). */
export class SnippetTextsBuilder {
	readonly #numbers = new Map<string, number>();
	readonly #spanStarts = [0];
	readonly #lexemeStarts = [0];
	readonly #spans: number[] = [];
	readonly #positions: number[] = [];
	readonly #lexemes: number[] = [];

	/** Adds the next entry: its snippet text, and its words as `snippet_words::text` gives them. */
	add(text: string, wordsJson: string): void {
		const words = JSON.parse(wordsJson) as SnippetWord[];
		let cursor = 0;
		words.forEach(([token, ...lexemes], position) => {
			// A word of parts has no text of its own; a token not found (never seen) shows none.
			const start = token === null ? -1 : text.indexOf(token, cursor);
			if (token === null || start < 0) {
				this.#spans.push(-1, -1);
			} else {
				cursor = start + token.length;
				this.#spans.push(start, cursor);
			}
			for (const lexeme of lexemes) {
				this.#positions.push(position);
				this.#lexemes.push(this.#numberOf(lexeme));
			}
		});
		this.#spanStarts.push(this.#spans.length);
		this.#lexemeStarts.push(this.#lexemes.length);
	}

	build(): SnippetTexts {
		return new SnippetTexts({
			numbers: this.#numbers,
			spanStarts: Int32Array.from(this.#spanStarts),
			lexemeStarts: Int32Array.from(this.#lexemeStarts),
			spans: Int32Array.from(this.#spans),
			positions: Int32Array.from(this.#positions),
			lexemes: Int32Array.from(this.#lexemes)
		});
	}

	#numberOf(lexeme: string): number {
		let number = this.#numbers.get(lexeme);
		if (number === undefined) this.#numbers.set(lexeme, (number = this.#numbers.size));
		return number;
	}
}
