import type { PackedPosition } from './tsvector-text.js';

/** The entries one lexeme occurs in, in entry order, and its positions in each. */
export interface Postings {
	/** Entry numbers, ascending. */
	entries: Int32Array;
	/** Where each entry's positions begin in `positions`, and where the last ends. */
	starts: Int32Array;
	positions: Uint16Array;
}

/** Every lexeme of the entries' search vectors, with where it occurs: an inverted index. */
export class Lexicon {
	readonly #postings: Map<string, Postings>;

	constructor(postings: Map<string, Postings>) {
		this.#postings = postings;
	}

	/** The entries the lexeme occurs in, if any does. */
	postingsOf(lexeme: string): Postings | undefined {
		return this.#postings.get(lexeme);
	}

	/** The lexeme's positions in one entry, or undefined where it does not occur there. */
	positionsIn(lexeme: string, entry: number): Uint16Array | undefined {
		const postings = this.#postings.get(lexeme);
		if (!postings) return undefined;
		const at = indexOf(postings.entries, entry);
		return at < 0 ? undefined : positionsAt(postings, at);
	}
}

/** The positions of the posting at `at`. */
const positionsAt = (postings: Postings, at: number): Uint16Array =>
	postings.positions.subarray(postings.starts[at], postings.starts[at + 1]);

/** Where `value` is in the ascending `values`, or -1. */
function indexOf(values: Int32Array, value: number): number {
	let low = 0;
	let high = values.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const found = values[middle] as number;
		if (found === value) return middle;
		if (found < value) low = middle + 1;
		else high = middle - 1;
	}
	return -1;
}

/** Gathers the lexemes of entries added in entry order, then packs them into typed arrays. */
export class LexiconBuilder {
	readonly #growing = new Map<
		string,
		{ entries: number[]; starts: number[]; positions: PackedPosition[] }
	>();

	add(entry: number, lexeme: string, positions: PackedPosition[]): void {
		let lists = this.#growing.get(lexeme);
		if (!lists) {
			lists = { entries: [], starts: [], positions: [] };
			this.#growing.set(lexeme, lists);
		}
		lists.entries.push(entry);
		lists.starts.push(lists.positions.length);
		for (const position of positions) lists.positions.push(position);
	}

	build(): Lexicon {
		const postings = new Map<string, Postings>();
		for (const [lexeme, lists] of this.#growing) {
			lists.starts.push(lists.positions.length);
			postings.set(lexeme, {
				entries: Int32Array.from(lists.entries),
				starts: Int32Array.from(lists.starts),
				positions: Uint16Array.from(lists.positions)
			});
		}
		this.#growing.clear();
		return new Lexicon(postings);
	}
}
