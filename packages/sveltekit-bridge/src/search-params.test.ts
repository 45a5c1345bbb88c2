import { topicSchema } from '@whatworks/domain';
import { describe, expect, it } from 'vitest';
import {
	isPastTheLastPage,
	pageHref,
	readChoice,
	readPageNumber,
	readSearchWords
} from './search-params.js';

describe('the readers of an address', () => {
	it('read a page number only from plain digits within the limits, else the first page', () => {
		const pageOf = (query: string) => readPageNumber(new URLSearchParams(query));
		expect(['page=3', 'page=03', 'page=3&page=9'].map(pageOf)).toEqual([3, 3, 3]);
		expect(['', 'page=0', 'page=1e3', 'page=-2', 'page=99999999999'].map(pageOf)).toEqual([
			1, 1, 1, 1, 1
		]);
	});

	it('read a choice the schema has, never a name every object inherits', () => {
		expect(readChoice(topicSchema, ' parenting ')).toBe('parenting');
		expect(readChoice(topicSchema, 'constructor')).toBeUndefined();
		expect(readChoice(topicSchema, null)).toBeUndefined();
	});

	it('read search words, none when blank, and say why words cannot be used', () => {
		expect(readSearchWords('  ')).toEqual({ words: undefined, error: null });
		expect(readSearchWords(' foster\tcare ')).toEqual({ words: 'foster care', error: null });
		expect(readSearchWords('a\u0000b')).toEqual({
			words: undefined,
			error: 'Search words must only include letters, numbers, symbols and spaces'
		});
	});

	it('write the address of another page of the same search, page 1 without a number', () => {
		const url = new URL('http://localhost/news?type=blog-post&page=2');
		expect(pageHref(url, 3)).toBe('/news?type=blog-post&page=3');
		expect(pageHref(url, 1)).toBe('/news?type=blog-post');
	});

	it('count a page past the last as not there, but never the first, even of an empty list', () => {
		expect(isPastTheLastPage({ page: 3, pageCount: 2 })).toBe(true);
		expect(isPastTheLastPage({ page: 2, pageCount: 2 })).toBe(false);
		expect(isPastTheLastPage({ page: 1, pageCount: 0 })).toBe(false);
		expect(isPastTheLastPage({ page: 2, pageCount: 0 })).toBe(true);
	});
});
