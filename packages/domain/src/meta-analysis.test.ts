import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logRiskRatio, type Effect } from './effect-size.js';
import { poolEffects } from './meta-analysis.js';

// The classic BCG vaccine trials and metafor's published results for them (../shared/data).
const dataDir =
	process.env.WHATWORKS_DATA_DIR ?? join(import.meta.dirname, '../../../../shared/data');
const bcgRows = readFileSync(join(dataDir, 'metadat_dat_bcg.csv'), 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => line.split(','));
interface MetaforRun {
	estimate: number;
	se?: number;
	ci_lb: number;
	ci_ub: number;
	zval: number;
	tau2?: number;
	I2_percent?: number;
	H2?: number;
	Q?: number;
	predict_logscale_2dp?: { pi_lb: number; pi_ub: number };
}
const reference = (
	JSON.parse(readFileSync(join(dataDir, 'metafor_reference_bcg.json'), 'utf8')) as {
		'dat.bcg': {
			yi_published_4dp: number[];
			vi_published_4dp: number[];
			RR_REML_z: MetaforRun;
			RR_DL: MetaforRun;
			RR_EE_fixed: MetaforRun;
		};
	}
)['dat.bcg'];

// Columns: trial, author, year, tpos, tneg, cpos, cneg, ablat, alloc
const effects: Effect[] = bcgRows.map((cells) => {
	const [tpos, tneg, cpos, cneg] = cells.slice(3, 7).map(Number) as [
		number,
		number,
		number,
		number
	];
	return logRiskRatio({
		treatmentEvents: tpos,
		treatmentNonEvents: tneg,
		comparisonEvents: cpos,
		comparisonNonEvents: cneg
	});
});

/** Asserts a number equals metafor's figure at the 4 decimal places it was published with. */
const to4dp = (actual: number | null, expected: number | undefined) => {
	expect(expected).toBeDefined();
	expect(actual).not.toBeNull();
	expect(Math.round((actual as number) * 1e4) / 1e4).toBe(expected);
};

describe('poolEffects on the BCG trials reproduces metafor', () => {
	it('computes every trial’s log risk ratio and variance', () => {
		expect(effects).toHaveLength(13);
		effects.forEach((effect, i) => {
			to4dp(effect.yi, reference.yi_published_4dp[i]);
			to4dp(effect.vi, reference.vi_published_4dp[i]);
		});
	});

	it('REML', () => {
		const result = poolEffects(effects, { method: 'REML' });
		const ref = reference.RR_REML_z;
		expect(result).toMatchObject({ method: 'REML', tau2Method: 'REML', k: 13, qDf: 12 });
		to4dp(result.estimate, ref.estimate);
		to4dp(result.se, ref.se);
		to4dp(result.ciLower, ref.ci_lb);
		to4dp(result.ciUpper, ref.ci_ub);
		to4dp(result.z, ref.zval);
		to4dp(result.tau2, ref.tau2);
		expect(result.i2.toFixed(2)).toBe(ref.I2_percent?.toFixed(2));
		expect(result.h2.toFixed(2)).toBe(ref.H2?.toFixed(2));
		expect(result.q.toFixed(3)).toBe(ref.Q?.toFixed(3));
		expect(result.p).toBeLessThan(0.0001);
		expect(result.qP).toBeLessThan(0.0001);
		expect(result.predictionLower?.toFixed(2)).toBe(ref.predict_logscale_2dp?.pi_lb.toFixed(2));
		expect(result.predictionUpper?.toFixed(2)).toBe(ref.predict_logscale_2dp?.pi_ub.toFixed(2));
	});

	it('DerSimonian–Laird', () => {
		const result = poolEffects(effects, { method: 'DL' });
		const ref = reference.RR_DL;
		to4dp(result.estimate, ref.estimate);
		to4dp(result.ciLower, ref.ci_lb);
		to4dp(result.ciUpper, ref.ci_ub);
		to4dp(result.z, ref.zval);
		to4dp(result.tau2, ref.tau2);
		to4dp(result.i2, ref.I2_percent);
		to4dp(result.h2, ref.H2);
	});

	it('fixed effect', () => {
		const result = poolEffects(effects, { method: 'FE' });
		const ref = reference.RR_EE_fixed;
		to4dp(result.estimate, ref.estimate);
		to4dp(result.ciLower, ref.ci_lb);
		to4dp(result.ciUpper, ref.ci_ub);
		to4dp(result.z, ref.zval);
		expect(result.q.toFixed(3)).toBe(ref.Q?.toFixed(3));
		expect(result.tau2).toBe(0);
	});
});

describe('poolEffects at the edges', () => {
	it('reports a single effect as itself, with no heterogeneity and no prediction interval', () => {
		const result = poolEffects([{ yi: 0.3, vi: 0.04 }]);
		expect(result).toMatchObject({
			k: 1,
			estimate: 0.3,
			se: 0.2,
			tau2: 0,
			i2: 0,
			h2: 1,
			qDf: 0,
			qP: null
		});
		expect(result.predictionLower).toBeNull();
	});

	it('finds no heterogeneity when effects agree exactly', () => {
		const result = poolEffects([
			{ yi: 0.5, vi: 0.1 },
			{ yi: 0.5, vi: 0.2 },
			{ yi: 0.5, vi: 0.05 }
		]);
		expect(result.tau2).toBe(0);
		expect(result.estimate).toBeCloseTo(0.5, 12);
		expect(result.predictionLower).toBeCloseTo(result.ciLower, 12);
	});

	it('recovers the true effect and heterogeneity from 100,000 simulated studies', () => {
		// Studies drawn as y = 0.2 + u + e, u ~ N(0, τ² = 0.04), e ~ N(0, v), from a seeded generator.
		const normal = seededNormal(20261121);
		const many = Array.from({ length: 100_000 }, (_, i) => {
			const vi = 0.01 + (i % 10) * 0.01;
			return { yi: 0.2 + 0.2 * normal() + Math.sqrt(vi) * normal(), vi };
		});
		const result = poolEffects(many);
		expect(result.tau2Method).toBe('REML');
		expect(result.estimate).toBeCloseTo(0.2, 2);
		expect(result.tau2).toBeCloseTo(0.04, 2);
	});

	it('refuses to pool nothing, or effects without a usable variance', () => {
		expect(() => poolEffects([])).toThrow('There are no effects to pool');
		expect(() => poolEffects([{ yi: 0.1, vi: 0 }])).toThrow(
			'Effect 1 needs a variance above zero, got 0'
		);
		expect(() =>
			poolEffects([
				{ yi: 0.1, vi: 0.1 },
				{ yi: Number.NaN, vi: 0.1 }
			])
		).toThrow('Effect 2 is not a number');
	});
});

/** Standard normal draws from a seeded linear congruential generator (Box–Muller). */
function seededNormal(seed: number): () => number {
	let state = seed >>> 0;
	const uniform = () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return (state + 1) / 4294967297;
	};
	return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}
