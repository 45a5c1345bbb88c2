// The forest plot's axis: how far it reaches, its ends and its ticks.
import { scaleLinear } from 'd3-scale';
import type { ForestPlotPooled, ForestPlotRow } from './forest-plot-input.js';
import { averageCharWidth, estimateTextWidth } from './forest-plot-text.js';

/**
 * How far the axis may reach beyond its core (zero, every estimate and the pooled confidence
 * interval), as a multiple of the core's own span on each side. Confidence intervals running
 * further are cut at the edge with an arrow, so one tiny study cannot squash everything else.
 */
export const axisReach = 1;

/**
 * Share of a log-ratio axis's span added on each side (its ends are not rounded to ticks). A linear
 * axis gets its room from rounding its ends outwards to the next tick.
 */
const logAxisPadding = 0.04;

/**
 * The axis domain in the analysis scale: zero, all estimates, the pooled and study confidence
 * intervals and the prediction interval, but no further than {@link axisReach} allows; a linear
 * axis is then rounded outwards to "nice" ends (d3's `nice()`), a log-ratio axis padded a little.
 * @example axisDomain([{ label: 'A', estimate: 0.3, ciLower: 0.1, ciUpper: 0.5, weight: 100 }], { estimate: 0.3, ciLower: 0.1, ciUpper: 0.5 }) // [0, 0.5]
 */
export function axisDomain(
	rows: readonly ForestPlotRow[],
	pooled: ForestPlotPooled,
	options: { logRatio?: boolean; ticks?: number } = {}
): [number, number] {
	const estimates = rows.map((row) => row.estimate);
	const coreLow = Math.min(0, pooled.ciLower, pooled.estimate, ...estimates);
	const coreHigh = Math.max(0, pooled.ciUpper, pooled.estimate, ...estimates);
	const coreSpan = coreHigh - coreLow || 1;
	const reachLow = coreLow - axisReach * coreSpan;
	const reachHigh = coreHigh + axisReach * coreSpan;

	const lows = [coreLow, ...rows.map((row) => row.ciLower), pooled.predictionLower ?? coreLow];
	const highs = [coreHigh, ...rows.map((row) => row.ciUpper), pooled.predictionUpper ?? coreHigh];
	const low = Math.max(reachLow, Math.min(...lows));
	const high = Math.min(reachHigh, Math.max(...highs));
	if (options.logRatio) {
		const padding = (high - low) * logAxisPadding;
		return [low - padding, high + padding];
	}
	const [niceLow = low, niceHigh = high] = scaleLinear()
		.domain([low, high])
		.nice(options.ticks ?? 6)
		.domain();
	return [niceLow, niceHigh];
}

/** One tick of the axis: its value in the analysis scale and its label. */
export interface AxisTick {
	value: number;
	label: string;
}

/**
 * The axis ticks. A linear axis uses d3's nice ticks. On a log-ratio axis the labels are ratios
 * (1 is no effect): evenly spaced ratio ticks for a short range, 0.1–0.2–0.5–1–2–5 for a longer
 * one, powers of ten for a very long one. Zero (a ratio of 1) is always a tick.
 */
export function axisTicks(
	domain: readonly [number, number],
	options: { logRatio?: boolean; count?: number } = {}
): AxisTick[] {
	const count = options.count ?? 6;
	const [low, high] = domain;
	if (!options.logRatio) {
		const scale = scaleLinear().domain(domain);
		const format = scale.tickFormat(count);
		const values = scale.ticks(count);
		if (!values.some((value) => value === 0) && low <= 0 && high >= 0) values.push(0);
		return values.sort((a, b) => a - b).map((value) => ({ value, label: format(value) }));
	}
	const ratioLow = Math.exp(low);
	const ratioHigh = Math.exp(high);
	let ratios: number[];
	if (ratioHigh / ratioLow <= 5) {
		ratios = scaleLinear().domain([ratioLow, ratioHigh]).ticks(count);
	} else {
		const inRange = (steps: readonly number[]) =>
			decades().flatMap((decade) =>
				steps.map((step) => step * decade).filter((r) => r >= ratioLow && r <= ratioHigh)
			);
		ratios = inRange([1, 2, 5]);
		if (ratios.length > count + 2) ratios = inRange([1]);
	}
	if (!ratios.some((ratio) => ratio === 1) && ratioLow <= 1 && ratioHigh >= 1) ratios.push(1);
	return ratios
		.filter((ratio) => ratio > 0)
		.sort((a, b) => a - b)
		.map((ratio) => ({ value: Math.log(ratio), label: formatRatioTick(ratio) }));
}

function decades(): number[] {
	return Array.from({ length: 13 }, (_, i) => 10 ** (i - 6));
}

function formatRatioTick(ratio: number): string {
	return String(Number(ratio.toPrecision(3)));
}

/**
 * The axis ticks whose labels fit side by side: fewer ticks until neighbouring labels are at least
 * a space apart, since the plot area of a wide drawing can be narrower than the narrow drawing's.
 */
export function fittingTicks(
	domain: [number, number],
	options: { logRatio: boolean; count: number; scale: (value: number) => number; fontSize: number }
): ReturnType<typeof axisTicks> {
	const gap = options.fontSize * averageCharWidth;
	for (let count = options.count; count > 2; count--) {
		const ticks = axisTicks(domain, { logRatio: options.logRatio, count });
		const fits = ticks.every((tick, i) => {
			const previous = ticks[i - 1];
			if (!previous) return true;
			const halfWidths =
				(estimateTextWidth(previous.label, options.fontSize) +
					estimateTextWidth(tick.label, options.fontSize)) /
				2;
			return options.scale(tick.value) - options.scale(previous.value) >= halfWidths + gap;
		});
		if (fits) return ticks;
	}
	return axisTicks(domain, { logRatio: options.logRatio, count: 2 });
}
