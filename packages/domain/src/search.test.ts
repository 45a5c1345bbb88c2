import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseMinusRuns, interventionSearchInputSchema, searchWordsSchema } from './search.js';

describe('interventionSearchInputSchema', () => {
	it('defaults to the first page of 20 by relevance', () => {
		expect(interventionSearchInputSchema.parse({})).toEqual({
			sort: 'relevance',
			page: 1,
			pageSize: 20
		});
	});

	it('refuses an unknown strength and an oversized page, naming the field', () => {
		const result = interventionSearchInputSchema.safeParse({ minStrength: 'huge', pageSize: 500 });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual([
			'minStrength',
			'pageSize'
		]);
	});
});

/** Minus signs with nothing to search for between them: what overflows Postgres's parser. */
const minusSignsInARow = /-[^\p{L}\p{N}"]*-/u;

/** Text made of what web search syntax reads specially, in runs, with a word here and there. */
const searchSyntax = fc
	.array(
		fc
			.tuple(
				fc.constantFrom('-', ' ', '"', 'or ', '!', '(', '\u3000', 'a', '1', '😀', '-a'),
				fc.nat(40)
			)
			.map(([part, times]) => part.repeat(times))
	)
	.map((parts) => parts.join(''));

describe('collapseMinusRuns', () => {
	it('leaves no two minus signs without a word between them, and keeps the words', () => {
		fc.assert(
			fc.property(fc.oneof(searchSyntax, fc.string({ unit: 'grapheme' })), (words) => {
				const collapsed = collapseMinusRuns(words);
				expect(collapsed).not.toMatch(minusSignsInARow);
				expect(collapseMinusRuns(collapsed)).toBe(collapsed);
				const searchable = (text: string) => text.replace(/[^\p{L}\p{N}"]/gu, '');
				expect(searchable(collapsed)).toBe(searchable(words));
			})
		);
	});

	it('changes nothing in words people write', () => {
		for (const words of ['foster -kinship', '"drug and alcohol" or parenting', 'self-care']) {
			expect(collapseMinusRuns(words)).toBe(words);
		}
	});
});

describe('searchWordsSchema', () => {
	it('reads pasted tabs and line breaks as spaces and a run of minus signs as one', () => {
		expect(searchWordsSchema.parse(' foster\t--\n- -kinship\r\n')).toBe('foster -kinship');
		expect(searchWordsSchema.parse('-'.repeat(200))).toBe('-');
	});

	it('counts characters as people do, so an emoji is one of the 200', () => {
		expect(searchWordsSchema.safeParse('😀'.repeat(200)).success).toBe(true);
		expect(searchWordsSchema.safeParse('😀'.repeat(201)).success).toBe(false);
	});

	it('refuses NUL and other control characters with a sentence', () => {
		for (const words of ['a\u0000b', '\u0001', 'a\u007fb', 'a\u0085b']) {
			expect(searchWordsSchema.safeParse(words).error?.issues[0]?.message).toBe(
				'Search words must only include letters, numbers, symbols and spaces'
			);
		}
	});

	it('passes only words without control characters or minus signs in a row', () => {
		fc.assert(
			fc.property(
				fc.oneof(searchSyntax, fc.string({ unit: 'binary', maxLength: 300 })),
				(words) => {
					const result = searchWordsSchema.safeParse(words);
					if (!result.success) return;
					expect(result.data).not.toMatch(/\p{Cc}/u);
					expect(result.data).not.toMatch(minusSignsInARow);
					// Characters as people count them (code points), as zod's max does: 😀 is one.
					expect([...result.data].length).toBeLessThanOrEqual(200);
				}
			)
		);
	});
});
