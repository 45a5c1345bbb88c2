/**
 * A place a lexeme occurs in a search vector, packed as Postgres packs it: the word's position
 * (1–16383) times four, plus its weight (0 for D, 1 for C, 2 for B, 3 for A). Fits 16 bits.
 */
export type PackedPosition = number;

/** The weight of a packed position: 3 for A (names), 2 for B (summary), 1 for C, 0 for D. */
export const weightOf = (position: PackedPosition) => position & 3;

/** The word position of a packed position, without its weight. */
export const placeOf = (position: PackedPosition) => position >> 2;

const weightLetters: Record<string, number> = { A: 3, B: 2, C: 1, D: 0 };

/**
 * Reads a search vector as Postgres writes it as text (`tsvector::text`), calling `visit` with
 * each lexeme and its packed positions in the vector's order. Throws on a lexeme without
 * positions: phrases could not be matched against it as Postgres does.
 *
 * @example forEachLexeme(`'carer':2A,7C 'kinship':1A`, (lexeme, positions) => …)
 * // 'carer', [11, 29]; 'kinship', [7]
 */
export function forEachLexeme(
	text: string,
	visit: (lexeme: string, positions: PackedPosition[]) => void
): void {
	let at = 0;
	while (at < text.length) {
		const { lexeme, next } = readQuoted(text, at);
		at = next;
		if (text[at] !== ':') throw new Error(`The lexeme '${lexeme}' has no positions`);
		const positions: PackedPosition[] = [];
		do {
			at++; // the colon, or the comma before the next position
			let place = 0;
			while (text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) {
				place = place * 10 + text.charCodeAt(at) - 48;
				at++;
			}
			const weight = weightLetters[text[at] ?? ''];
			if (weight !== undefined) at++;
			positions.push(place * 4 + (weight ?? 0));
		} while (text[at] === ',');
		visit(lexeme, positions);
		at++; // the space before the next lexeme
	}
}

/**
 * Reads the lexeme quoted at `at` in a vector or query Postgres wrote as text, where quotes and
 * backslashes inside are written twice; `next` is where reading goes on, after the closing quote.
 */
export function readQuoted(text: string, at: number): { lexeme: string; next: number } {
	if (text[at] !== "'")
		throw new Error(`A lexeme must be quoted (at ${at} of ${text.slice(0, 80)})`);
	let lexeme = '';
	for (let inside = at + 1; ; inside++) {
		if (text[inside] === "'") {
			if (text[inside + 1] !== "'") return { lexeme, next: inside + 1 };
			inside++;
		} else if (text[inside] === '\\') {
			inside++;
		}
		const char = text[inside];
		if (char === undefined) throw new Error(`Text ends inside a lexeme: ${text.slice(0, 80)}`);
		lexeme += char;
	}
}
