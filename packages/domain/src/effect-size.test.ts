import { describe, expect, it } from 'vitest';
import {
	dToLogOddsRatio,
	hedgesG,
	logOddsRatio,
	logOddsRatioToD,
	logRatioFromInterval,
	logRiskRatio
} from './effect-size.js';

describe('hedgesG', () => {
	it('applies the exact small-sample correction to Cohen’s d', () => {
		const effect = hedgesG({
			treatmentMean: 10,
			treatmentSd: 2,
			treatmentN: 20,
			comparisonMean: 9,
			comparisonSd: 2,
			comparisonN: 20
		});
		expect(effect.yi).toBeCloseTo(0.4900552010654752, 12);
		expect(effect.vi).toBeCloseTo(0.10300192625114155, 12);
	});

	it('pools unequal standard deviations weighted by group size', () => {
		const effect = hedgesG({
			treatmentMean: 14,
			treatmentSd: 3,
			treatmentN: 12,
			comparisonMean: 11,
			comparisonSd: 5,
			comparisonN: 30
		});
		expect(effect.yi).toBeCloseTo(0.6484945315191646, 12);
		expect(effect.vi).toBeCloseTo(0.12167315663583644, 12);
	});

	it('refuses groups too small or without spread', () => {
		const base = { treatmentMean: 1, treatmentSd: 1, comparisonMean: 0, comparisonSd: 1 };
		expect(() => hedgesG({ ...base, treatmentN: 1, comparisonN: 10 })).toThrow('at least two');
		expect(() =>
			hedgesG({ ...base, treatmentSd: 0, comparisonSd: 0, treatmentN: 5, comparisonN: 5 })
		).toThrow('standard deviation must be above zero');
	});
});

describe('ratios from 2×2 tables', () => {
	const table = {
		treatmentEvents: 4,
		treatmentNonEvents: 119,
		comparisonEvents: 11,
		comparisonNonEvents: 128
	};

	it('computes the log odds ratio and its variance', () => {
		const effect = logOddsRatio(table);
		expect(effect.yi).toBeCloseTo(-0.9386941408703922, 12);
		expect(effect.vi).toBeCloseTo(0.3571249522536287, 12);
	});

	it('computes the log risk ratio (the first BCG trial: −0.8893)', () => {
		expect(logRiskRatio(table).yi.toFixed(4)).toBe('-0.8893');
	});

	it('adds ½ to every cell when one is empty', () => {
		const effect = logOddsRatio({
			treatmentEvents: 0,
			treatmentNonEvents: 10,
			comparisonEvents: 5,
			comparisonNonEvents: 20
		});
		expect(effect.yi).toBeCloseTo(-1.7288456438174857, 12);
		expect(effect.vi).toBeCloseTo(2.325836764861155, 12);
	});

	it('refuses negative counts', () => {
		expect(() => logRiskRatio({ ...table, comparisonEvents: -1 })).toThrow('not negative');
	});
});

describe('logRatioFromInterval', () => {
	it('recovers the variance from the width of a 95% interval', () => {
		const effect = logRatioFromInterval({ ratio: 0.5, lower: 0.25, upper: 1 });
		expect(effect.yi).toBeCloseTo(Math.log(0.5), 14);
		expect(effect.vi).toBeCloseTo(0.12507045795466495, 12);
	});

	it('refuses an interval that is upside down or does not contain the ratio', () => {
		expect(() => logRatioFromInterval({ ratio: 0.5, lower: 1, upper: 0.25 })).toThrow(
			'within its confidence interval'
		);
		expect(() => logRatioFromInterval({ ratio: 0, lower: 0, upper: 1 })).toThrow('above zero');
	});
});

describe('log odds ratio ↔ d', () => {
	it('uses the logistic factor √3/π and round-trips', () => {
		const d = logOddsRatioToD({ yi: 1, vi: 0.2 });
		expect(d.yi).toBeCloseTo(Math.sqrt(3) / Math.PI, 14);
		expect(d.vi).toBeCloseTo((0.2 * 3) / Math.PI ** 2, 14);
		const back = dToLogOddsRatio(d);
		expect(back.yi).toBeCloseTo(1, 14);
		expect(back.vi).toBeCloseTo(0.2, 14);
	});
});
