// Postgres's `ts_rank(vector, query)` (src/backend/utils/adt/tsrank.c, no normalisation), worked
// out to the same single-precision number, since search sorts entries of equal weight by it:
// each arithmetic step rounds to a float as C does (`fround`); where C computes in double
// (division by a double constant, `sqrt`, `exp`) it does so here too.
import type { Lexicon } from './lexicon.js';
import { placeOf, weightOf, type PackedPosition } from './tsvector-text.js';
import { alternativesOf, lexemesOf, type QueryNode } from './tsquery-text.js';

/** What `ts_rank` reads of a query. */
export interface RankQuery {
	/** The query's lexemes, each once, in Postgres's order (by their UTF-8 bytes). */
	lexemes: string[];
	/** Ranked by how near its lexemes occur to each other (a phrase at the top) or by each alone. */
	byProximity: boolean;
}

/** What `ts_rank` reads of the query. */
export function rankQueryOf(query: QueryNode): RankQuery {
	const lexemes = new Set(alternativesOf(query).flatMap(lexemesOf));
	return {
		lexemes: [...lexemes].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))),
		byProximity: query.kind === 'phrase'
	};
}

const f = Math.fround;
/** `ts_rank`'s default weights of D, C, B and A, as floats. */
const weights = [0.1, 0.2, 0.4, 1.0].map(f);
const weightAt = (position: PackedPosition) => weights[weightOf(position)] as number;

/**
 * The float `ts_rank` (`calc_rank`) gives each of the entries listed; the others' are left 0. A
 * query ranked by each lexeme alone (`calc_rank_or`) is added up lexeme by lexeme over its
 * postings, in the order Postgres adds them for each entry; a phrase at the top
 * (`calc_rank_and`) is ranked entry by entry.
 */
export function rankEntries(
	query: RankQuery,
	lexicon: Lexicon,
	entries: readonly number[],
	entryCount: number
): Float32Array {
	const ranks = new Float32Array(entryCount); // each store rounds to a float, as C does
	const { lexemes } = query;
	if (lexemes.length === 0) return ranks;
	if (query.byProximity && lexemes.length >= 2) {
		for (const entry of entries) {
			const rank = rankByProximity(lexemes, (lexeme) => lexicon.positionsIn(lexeme, entry));
			ranks[entry] = rank < 0 ? 1e-20 : rank;
		}
		return ranks;
	}
	const listed = new Uint8Array(entryCount);
	for (const entry of entries) listed[entry] = 1;
	for (const lexeme of lexemes) {
		const postings = lexicon.postingsOf(lexeme);
		if (!postings) continue;
		const { starts, positions } = postings;
		postings.entries.forEach((entry, at) => {
			if (listed[entry] !== 1) return;
			ranks[entry] =
				(ranks[entry] as number) +
				lexemeRank(positions, starts[at] as number, starts[at + 1] as number);
		});
	}
	for (const entry of entries) ranks[entry] = (ranks[entry] as number) / lexemes.length;
	return ranks;
}

/**
 * One lexeme's part of `calc_rank_or` (its positions from `start` to `end`): each occurrence by
 * its weight, the heaviest in full and the rest fading, before it is added to the float.
 */
function lexemeRank(positions: ArrayLike<PackedPosition>, start: number, end: number): number {
	let sum = 0;
	let heaviest = -1;
	let heaviestAt = 0;
	for (let j = 0; j < end - start; j++) {
		const weight = weightAt(positions[start + j] as number);
		sum = f(sum + f(weight / ((j + 1) * (j + 1))));
		if (weight > heaviest) {
			heaviest = weight;
			heaviestAt = j;
		}
	}
	const square = (heaviestAt + 1) * (heaviestAt + 1);
	// Divided by π²/6 in double, as the C constant is a double.
	return f(f(heaviest + sum) - f(heaviest / square)) / 1.64493406685;
}

/** `calc_rank_and`: every pair of occurrences of different lexemes, the nearer the more. */
function rankByProximity(
	lexemes: readonly string[],
	positionsOf: (lexeme: string) => ArrayLike<PackedPosition> | undefined
): number {
	let rank = -1;
	const seen: ArrayLike<PackedPosition>[] = [];
	for (const lexeme of lexemes) {
		const positions = positionsOf(lexeme);
		if (!positions) continue;
		for (const earlier of seen) {
			for (let l = 0; l < positions.length; l++) {
				const position = positions[l] as number;
				for (let p = 0; p < earlier.length; p++) {
					const other = earlier[p] as number;
					const distance = Math.abs(placeOf(position) - placeOf(other));
					if (distance === 0) continue;
					const near = f(
						Math.sqrt(f(f(weightAt(position) * weightAt(other)) * nearness(distance)))
					);
					rank = rank < 0 ? near : f(1 - (1 - rank) * (1 - near));
				}
			}
		}
		seen.push(positions);
	}
	return rank;
}

/** `word_distance`: how much two occurrences `distance` words apart count. */
function nearness(distance: number): number {
	if (distance > 100) return f(1e-30);
	return f(1 / (1.005 + 0.05 * Math.exp(f(distance) / 1.5 - 2)));
}
