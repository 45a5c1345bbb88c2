import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.js';

const draws = (seed: string) => {
	const random = seededRandom(seed);
	return Array.from({ length: 50 }, () => random.next());
};

describe('seededRandom', () => {
	it('gives the same draws for the same seed, and other draws for another', () => {
		expect(draws('kinship-care')).toEqual(draws('kinship-care'));
		expect(draws('kinship-care')).not.toEqual(draws('kinship-care-2'));
	});

	it('stays within the bounds asked for', () => {
		const random = seededRandom('bounds');
		for (let i = 0; i < 1000; i++) {
			const x = random.between(-0.5, 0.5);
			expect(x).toBeGreaterThanOrEqual(-0.5);
			expect(x).toBeLessThan(0.5);
			const n = random.wholeBetween(3, 5);
			expect([3, 4, 5]).toContain(n);
		}
		expect(() => random.pick([])).toThrow(RangeError);
	});

	it('spreads its draws across the range', () => {
		const random = seededRandom('spread');
		const counts = [0, 0, 0, 0];
		for (let i = 0; i < 4000; i++) {
			const bucket = random.wholeBetween(0, 3);
			counts[bucket] = (counts[bucket] ?? 0) + 1;
		}
		expect(counts.every((count) => count > 850 && count < 1150)).toBe(true);
	});
});
