import { readQuoted } from './tsvector-text.js';

/**
 * A full-text query as search builds them (`phraseto_tsquery` joined with OR): a lexeme, a
 * phrase (its right part `distance` words after its left), or any of several alternatives —
 * none, for a query of stop words only, which matches nothing.
 */
export type QueryNode = PhraseNode | { kind: 'any'; alternatives: QueryNode[] };

/** A lexeme, or a phrase of them: what a phrase is made of. */
export type PhraseNode =
	| { kind: 'lexeme'; lexeme: string }
	| { kind: 'phrase'; left: PhraseNode; right: PhraseNode; distance: number };

/** The lexemes and phrases a query matches any of, its alternatives flattened. */
export function alternativesOf(query: QueryNode): PhraseNode[] {
	return query.kind === 'any' ? query.alternatives.flatMap(alternativesOf) : [query];
}

/** The lexemes of a lexeme or phrase, in order. */
export function lexemesOf(query: PhraseNode): string[] {
	return query.kind === 'lexeme'
		? [query.lexeme]
		: [...lexemesOf(query.left), ...lexemesOf(query.right)];
}

/** Thrown inside the parser for what `readTsquery` answers null to. */
class Unsupported extends Error {}

/**
 * Reads a query as Postgres writes it as text (`tsquery::text`), or null for one holding what
 * search never builds and this module does not match (AND, NOT, weights, prefixes, or an OR
 * inside a phrase): Postgres answers those.
 *
 * @example readTsquery(`'famili' <-> 'therapi' | 'kinship'`)
 * // { kind: 'any', alternatives: [{ kind: 'phrase', …, distance: 1 }, { kind: 'lexeme', lexeme: 'kinship' }] }
 */
export function readTsquery(text: string): QueryNode | null {
	const tokens = tokensOf(text);
	if (tokens === null) return null;
	if (tokens.length === 0) return { kind: 'any', alternatives: [] };
	let at = 0;
	const next = () => tokens[at];
	// Postgres binds a phrase tighter than OR, and writes parentheses wherever it does not.
	const alternatives = (): QueryNode => {
		const found = [phrase()];
		while (next() === '|') {
			at++;
			found.push(phrase());
		}
		return found.length === 1 ? (found[0] as QueryNode) : { kind: 'any', alternatives: found };
	};
	const phrase = (): QueryNode => {
		let left = operand();
		for (let token = next(); typeof token === 'object' && 'distance' in token; token = next()) {
			at++;
			const right = operand();
			if (left.kind === 'any' || right.kind === 'any') throw new Unsupported();
			left = { kind: 'phrase', left, right, distance: token.distance };
		}
		return left;
	};
	const operand = (): QueryNode => {
		const token = tokens[at++];
		if (token === '(') {
			const inner = alternatives();
			if (tokens[at++] !== ')') throw new Error(`Unbalanced parentheses in the query ${text}`);
			return inner;
		}
		if (typeof token === 'object' && 'lexeme' in token) return { kind: 'lexeme', ...token };
		throw new Unsupported();
	};
	try {
		const query = alternatives();
		if (at !== tokens.length) throw new Unsupported();
		return query;
	} catch (error) {
		if (error instanceof Unsupported) return null;
		throw error;
	}
}

type Token = '|' | '(' | ')' | { lexeme: string } | { distance: number };

/** The query's tokens, or null for an operator or a lexeme's flags this module leaves alone. */
function tokensOf(text: string): Token[] | null {
	const tokens: Token[] = [];
	let at = 0;
	while (at < text.length) {
		const char = text[at] as string;
		if (char === ' ') {
			at++;
		} else if (char === '|' || char === '(' || char === ')') {
			tokens.push(char);
			at++;
		} else if (char === '<') {
			const close = text.indexOf('>', at);
			const between = text.slice(at + 1, close);
			tokens.push({ distance: between === '-' ? 1 : Number(between) });
			at = close + 1;
		} else if (char === "'") {
			const { lexeme, next } = readQuoted(text, at);
			at = next;
			if (text[at] === ':') return null; // weights or a prefix
			tokens.push({ lexeme });
		} else {
			return null; // & or !
		}
	}
	return tokens;
}
