import type { Effect } from './effect-size.js';
import { chiSquareSurvival, twoSidedP, z975 } from './statistics/distributions.js';

/**
 * Ways to pool effects: random effects with τ² by restricted maximum likelihood (the default) or
 * DerSimonian–Laird, or a fixed (common) effect.
 */
export const poolingMethods = ['REML', 'DL', 'FE'] as const;

/** One pooling method. */
export type PoolingMethod = (typeof poolingMethods)[number];

/** The result of a meta-analysis, as metafor's `rma()` reports it (95% intervals, z tests). */
export interface PooledEffect {
	/** The method asked for. */
	method: PoolingMethod;
	/** The method that produced τ²: 'DL' when REML did not converge and fell back. */
	tau2Method: PoolingMethod;
	/** Number of effects pooled. */
	k: number;
	estimate: number;
	se: number;
	ciLower: number;
	ciUpper: number;
	z: number;
	p: number;
	/** Between-study variance (0 for a fixed effect). */
	tau2: number;
	/** Share of the total variability due to heterogeneity, in percent. */
	i2: number;
	/** Total variability over sampling variability. */
	h2: number;
	/** Cochran's Q with k − 1 degrees of freedom and its p-value (null when k = 1). */
	q: number;
	qDf: number;
	qP: number | null;
	/** The 95% prediction interval for the effect in a new setting; null when k < 3. */
	predictionLower: number | null;
	predictionUpper: number | null;
}

const remlTolerance = 1e-12;
const remlMaxIterations = 100;

/**
 * Pools effect sizes. Reproduces metafor's `rma(yi, vi, method = …)` for the intercept-only model.
 * Throws RangeError for no effects, or a variance that is not a positive finite number.
 * @example poolEffects([{ yi: 0.2, vi: 0.04 }, { yi: 0.4, vi: 0.09 }], { method: 'FE' }).estimate
 */
export function poolEffects(
	effects: readonly Effect[],
	options: { method?: PoolingMethod } = {}
): PooledEffect {
	const method = options.method ?? 'REML';
	if (effects.length === 0) throw new RangeError('There are no effects to pool');
	for (const [i, effect] of effects.entries()) {
		if (!Number.isFinite(effect.yi)) throw new RangeError(`Effect ${i + 1} is not a number`);
		if (!(effect.vi > 0 && Number.isFinite(effect.vi))) {
			throw new RangeError(`Effect ${i + 1} needs a variance above zero, got ${effect.vi}`);
		}
	}
	const k = effects.length;
	const fixed = weightedSums(effects, 0);
	const q = fixed.sumWR2;
	const qDf = k - 1;

	let tau2 = 0;
	let tau2Method: PoolingMethod = 'FE';
	if (method !== 'FE' && k > 1) {
		const dl = Math.max(0, (q - qDf) / (fixed.sumW - fixed.sumW2 / fixed.sumW));
		const reml = method === 'REML' ? estimateTau2Reml(effects, dl) : null;
		tau2 = reml ?? dl;
		tau2Method = reml === null ? 'DL' : 'REML';
	}

	const pooled = tau2 === 0 ? fixed : weightedSums(effects, tau2);
	const se = Math.sqrt(1 / pooled.sumW);
	const z = pooled.mean / se;
	const { i2, h2 } =
		method === 'FE' ? fixedHeterogeneity(q, qDf) : randomHeterogeneity(tau2, k, fixed);
	const predictionHalfWidth = z975 * Math.sqrt(se ** 2 + tau2);
	return {
		method,
		tau2Method,
		k,
		estimate: pooled.mean,
		se,
		ciLower: pooled.mean - z975 * se,
		ciUpper: pooled.mean + z975 * se,
		z,
		p: twoSidedP(z),
		tau2,
		i2,
		h2,
		q,
		qDf,
		qP: qDf > 0 ? chiSquareSurvival(q, qDf) : null,
		predictionLower: k >= 3 ? pooled.mean - predictionHalfWidth : null,
		predictionUpper: k >= 3 ? pooled.mean + predictionHalfWidth : null
	};
}

interface WeightedSums {
	sumW: number;
	sumW2: number;
	sumW3: number;
	mean: number;
	/** Σ w (y − mean)², Cochran's Q when τ² = 0. */
	sumWR2: number;
	/** Σ w² (y − mean)², the quadratic form Y′PPY of the REML score. */
	sumW2R2: number;
}

function weightedSums(effects: readonly Effect[], tau2: number): WeightedSums {
	let sumW = 0;
	let sumW2 = 0;
	let sumW3 = 0;
	let sumWY = 0;
	for (const { yi, vi } of effects) {
		const w = 1 / (vi + tau2);
		sumW += w;
		sumW2 += w * w;
		sumW3 += w * w * w;
		sumWY += w * yi;
	}
	const mean = sumWY / sumW;
	let sumWR2 = 0;
	let sumW2R2 = 0;
	for (const { yi, vi } of effects) {
		const w = 1 / (vi + tau2);
		const r2 = (yi - mean) ** 2;
		sumWR2 += w * r2;
		sumW2R2 += w * w * r2;
	}
	return { sumW, sumW2, sumW3, mean, sumWR2, sumW2R2 };
}

/**
 * REML τ² by Fisher scoring from the DerSimonian–Laird start, halving steps that would go below
 * zero (metafor's algorithm). For the intercept-only model P = W − wwᵀ/Σw, so tr(P), tr(PP) and
 * Y′PPY are sums over the effects: O(k) per step, fine for very large k.
 * @returns τ², or null when it does not converge
 */
function estimateTau2Reml(effects: readonly Effect[], start: number): number | null {
	let tau2 = start;
	for (let i = 0; i < remlMaxIterations; i++) {
		const s = weightedSums(effects, tau2);
		const traceP = s.sumW - s.sumW2 / s.sumW;
		const tracePP = s.sumW2 - (2 * s.sumW3) / s.sumW + s.sumW2 ** 2 / s.sumW ** 2;
		let step = (s.sumW2R2 - traceP) / tracePP;
		while (tau2 + step < 0) step /= 2;
		tau2 += step;
		if (!Number.isFinite(tau2)) return null;
		if (Math.abs(step) < remlTolerance) return tau2;
	}
	return null;
}

/** I² and H² of a random-effects model from τ² and the typical within-study variance. */
function randomHeterogeneity(tau2: number, k: number, fixed: WeightedSums) {
	if (k < 2) return { i2: 0, h2: 1 };
	const typicalVariance = ((k - 1) * fixed.sumW) / (fixed.sumW ** 2 - fixed.sumW2);
	return {
		i2: (100 * tau2) / (tau2 + typicalVariance),
		h2: (tau2 + typicalVariance) / typicalVariance
	};
}

/** I² and H² of a fixed-effect model from Q. */
function fixedHeterogeneity(q: number, df: number) {
	if (df < 1 || q <= 0) return { i2: 0, h2: 1 };
	return { i2: Math.max(0, (100 * (q - df)) / q), h2: q / df };
}
