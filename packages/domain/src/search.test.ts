import { describe, expect, it } from 'vitest';
import { interventionSearchInputSchema, splitSnippet } from './search.js';

describe('splitSnippet', () => {
	it('marks the stretches between the markers as matches', () => {
		expect(splitSnippet('Helps [parents] and [carers].', '[', ']')).toEqual([
			{ text: 'Helps ', match: false },
			{ text: 'parents', match: true },
			{ text: ' and ', match: false },
			{ text: 'carers', match: true },
			{ text: '.', match: false }
		]);
	});

	it('treats an unclosed marker as plain text', () => {
		expect(splitSnippet('a [b', '[', ']')).toEqual([{ text: 'a [b', match: false }]);
	});
});

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
