import { describe, expect, it } from 'vitest';
import { topOf } from './top-of.js';

describe('topOf', () => {
	it('gives the first items of the whole order, whatever order they come in', () => {
		let seed = 7;
		const next = () => (seed = (seed * 16807) % 2147483647);
		const items = Array.from({ length: 500 }, next);
		const sorted = [...items].sort((a, b) => a - b);
		for (const count of [0, 1, 2, 20, 499, 500, 600]) {
			expect(topOf(items, count, (a, b) => a - b)).toEqual(sorted.slice(0, count));
		}
	});
});
