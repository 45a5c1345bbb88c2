import { describe, expect, it } from 'vitest';
import { chiSquareSurvival, normalSurvival, twoSidedP, z975 } from './distributions.js';
import { logGamma } from './gamma.js';

describe('distribution functions', () => {
	it('give the textbook values', () => {
		expect(normalSurvival(z975)).toBeCloseTo(0.025, 12);
		expect(normalSurvival(0)).toBeCloseTo(0.5, 14);
		expect(normalSurvival(-1)).toBeCloseTo(0.8413447460685429, 12);
		expect(twoSidedP(2.5758293035489004)).toBeCloseTo(0.01, 12);
		expect(chiSquareSurvival(3.841458820694124, 1)).toBeCloseTo(0.05, 12);
		expect(chiSquareSurvival(21.02606981748307, 12)).toBeCloseTo(0.05, 12);
		expect(Math.exp(logGamma(5))).toBeCloseTo(24, 10);
		expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
	});

	it('stay accurate in the far tail, where p-values are tiny', () => {
		// P(Z > 8) = 6.22096057427178e-16
		expect(normalSurvival(8) / 6.22096057427178e-16).toBeCloseTo(1, 8);
		// P(Z > 30) = 4.906713927148187e-198
		expect(normalSurvival(30) / 4.906713927148187e-198).toBeCloseTo(1, 8);
	});
});
