import { logGamma } from './statistics/gamma.js';
import { z975 } from './statistics/distributions.js';

/** An effect size with its sampling variance, in one metric. */
export interface Effect {
	/** The effect size (a standardised mean difference, or a log ratio). */
	yi: number;
	/** Its sampling variance. */
	vi: number;
}

/** Group means, standard deviations and sizes of a two-group comparison. */
export interface GroupMeans {
	treatmentMean: number;
	treatmentSd: number;
	treatmentN: number;
	comparisonMean: number;
	comparisonSd: number;
	comparisonN: number;
}

/**
 * Hedges' g from group means and standard deviations: Cohen's d with the pooled SD, times the
 * exact small-sample correction J(m) = Γ(m/2) / (√(m/2) Γ((m−1)/2)), m = n₁ + n₂ − 2; variance
 * 1/n₁ + 1/n₂ + g² / (2(n₁ + n₂)). These are metafor's "SMD" defaults.
 * @example hedgesG({ treatmentMean: 10, treatmentSd: 2, treatmentN: 20, comparisonMean: 9, comparisonSd: 2, comparisonN: 20 })
 */
export function hedgesG(groups: GroupMeans): Effect {
	const { treatmentN: n1, comparisonN: n2 } = groups;
	const m = n1 + n2 - 2;
	if (n1 < 2 || n2 < 2) throw new RangeError('Each group needs at least two participants');
	const pooledSd = Math.sqrt(
		((n1 - 1) * groups.treatmentSd ** 2 + (n2 - 1) * groups.comparisonSd ** 2) / m
	);
	if (!(pooledSd > 0)) throw new RangeError('The pooled standard deviation must be above zero');
	const d = (groups.treatmentMean - groups.comparisonMean) / pooledSd;
	const g = smallSampleCorrection(m) * d;
	return { yi: g, vi: 1 / n1 + 1 / n2 + g ** 2 / (2 * (n1 + n2)) };
}

/** Hedges' exact correction factor J(m). */
function smallSampleCorrection(m: number): number {
	return Math.exp(logGamma(m / 2) - 0.5 * Math.log(m / 2) - logGamma((m - 1) / 2));
}

/** A 2×2 table: events and non-events in the treatment and comparison groups. */
export interface TwoByTwo {
	treatmentEvents: number;
	treatmentNonEvents: number;
	comparisonEvents: number;
	comparisonNonEvents: number;
}

/** Adds ½ to every cell of a table with an empty cell, as metafor does by default. */
function withContinuityCorrection(t: TwoByTwo): [number, number, number, number] {
	const cells: [number, number, number, number] = [
		t.treatmentEvents,
		t.treatmentNonEvents,
		t.comparisonEvents,
		t.comparisonNonEvents
	];
	if (cells.some((n) => n < 0 || !Number.isFinite(n))) {
		throw new RangeError('Counts must be finite and not negative');
	}
	return cells.some((n) => n === 0) ? (cells.map((n) => n + 0.5) as typeof cells) : cells;
}

/**
 * The log odds ratio of a 2×2 table and its variance 1/a + 1/b + 1/c + 1/d.
 * @example logOddsRatio({ treatmentEvents: 4, treatmentNonEvents: 119, comparisonEvents: 11, comparisonNonEvents: 128 })
 */
export function logOddsRatio(table: TwoByTwo): Effect {
	const [a, b, c, d] = withContinuityCorrection(table);
	return { yi: Math.log((a * d) / (b * c)), vi: 1 / a + 1 / b + 1 / c + 1 / d };
}

/**
 * The log risk ratio of a 2×2 table and its variance 1/a − 1/(a+b) + 1/c − 1/(c+d).
 * @example logRiskRatio({ treatmentEvents: 4, treatmentNonEvents: 119, comparisonEvents: 11, comparisonNonEvents: 128 }).yi // -0.8893
 */
export function logRiskRatio(table: TwoByTwo): Effect {
	const [a, b, c, d] = withContinuityCorrection(table);
	return {
		yi: Math.log(a / (a + b) / (c / (c + d))),
		vi: 1 / a - 1 / (a + b) + 1 / c - 1 / (c + d)
	};
}

/**
 * A published ratio (odds, risk or hazard ratio) with its 95% confidence interval, as a log ratio
 * whose variance is recovered from the interval's width.
 * @example logRatioFromInterval({ ratio: 0.5, lower: 0.25, upper: 1 })
 */
export function logRatioFromInterval(ratio: {
	ratio: number;
	lower: number;
	upper: number;
}): Effect {
	const { lower, upper } = ratio;
	if (!(lower > 0 && ratio.ratio > 0 && upper > 0))
		throw new RangeError('Ratios must be above zero');
	if (!(lower <= ratio.ratio && ratio.ratio <= upper)) {
		throw new RangeError('The ratio must lie within its confidence interval');
	}
	const se = (Math.log(upper) - Math.log(lower)) / (2 * z975);
	return { yi: Math.log(ratio.ratio), vi: se ** 2 };
}

const logisticScale = Math.sqrt(3) / Math.PI;

/**
 * A log odds ratio as a standardised mean difference (the logistic method, d = ln OR × √3/π),
 * so binary and continuous outcomes can be pooled together.
 */
export function logOddsRatioToD(effect: Effect): Effect {
	return { yi: effect.yi * logisticScale, vi: effect.vi * logisticScale ** 2 };
}

/** A standardised mean difference as a log odds ratio (the inverse of {@link logOddsRatioToD}). */
export function dToLogOddsRatio(effect: Effect): Effect {
	return { yi: effect.yi / logisticScale, vi: effect.vi / logisticScale ** 2 };
}
