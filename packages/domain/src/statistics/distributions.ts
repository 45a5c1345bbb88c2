import { upperRegularizedGamma } from './gamma.js';

/**
 * The 97.5th percentile of the standard normal distribution: the multiplier of a 95% interval.
 */
export const z975 = 1.959963984540054;

/**
 * P(Z > z) for a standard normal Z, accurate in the far tail (erfc through the incomplete gamma).
 * @example normalSurvival(1.959963984540054) // 0.025
 */
export function normalSurvival(z: number): number {
	const tail = 0.5 * upperRegularizedGamma(0.5, (z * z) / 2);
	return z >= 0 ? tail : 1 - tail;
}

/**
 * The two-sided p-value of a z statistic.
 * @example twoSidedP(1.96) // ≈ 0.05
 */
export function twoSidedP(z: number): number {
	return Math.min(1, 2 * normalSurvival(Math.abs(z)));
}

/**
 * P(X > x) for X chi-square distributed with `df` degrees of freedom.
 * @example chiSquareSurvival(3.841458820694124, 1) // 0.05
 */
export function chiSquareSurvival(x: number, df: number): number {
	if (df <= 0) return Number.NaN;
	return upperRegularizedGamma(df / 2, x / 2);
}
