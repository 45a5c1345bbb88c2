import { describe, expect, it } from 'vitest';
import { readTsquery } from './tsquery-text.js';

const lexeme = (text: string) => ({ kind: 'lexeme', lexeme: text });

describe('readTsquery', () => {
	it('reads phrases, their distances and alternatives as Postgres writes them', () => {
		expect(readTsquery(`'edg' <2> 'care' | 'famili' <-> 'therapi'`)).toEqual({
			kind: 'any',
			alternatives: [
				{ kind: 'phrase', left: lexeme('edg'), right: lexeme('care'), distance: 2 },
				{ kind: 'phrase', left: lexeme('famili'), right: lexeme('therapi'), distance: 1 }
			]
		});
	});

	it('reads a phrase within a phrase, and quotes and backslashes written twice', () => {
		expect(readTsquery(`'a' <-> ( 'it''s' <-> 'back\\\\slash' )`)).toEqual({
			kind: 'phrase',
			left: lexeme('a'),
			right: { kind: 'phrase', left: lexeme("it's"), right: lexeme('back\\slash'), distance: 1 },
			distance: 1
		});
	});

	it('reads a query of stop words only as one that matches nothing', () => {
		expect(readTsquery('')).toEqual({ kind: 'any', alternatives: [] });
	});

	it('leaves to Postgres what search never builds: AND, NOT, weights, prefixes, OR in a phrase', () => {
		for (const text of [`'a' & 'b'`, `!'a'`, `'a':A`, `'a':*`, `( 'a' | 'b' ) <-> 'c'`]) {
			expect(readTsquery(text), text).toBeNull();
		}
	});
});
