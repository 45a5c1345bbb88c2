// Pure geometry of the forest plot: the axis, the squares, the diamond and where every label goes.
// The component only draws what `layoutForestPlot` returns, so everything a reader would notice is
// decided (and unit-tested) here, on the server, without a browser to measure text in.
import { scaleLinear, type ScaleLinear } from 'd3-scale';

/**
 * One contrast (a study's comparison) in a forest plot. Values are in the metric's analysis
 * scale: a standardised mean difference as is, a ratio as its natural logarithm (as the rating
 * engine pools them). Positive values favour the intervention.
 */
export interface ForestPlotRow {
	/** A short label, such as "Smith 2015 (UK)". */
	label: string;
	/** The effect size. */
	estimate: number;
	/** Lower bound of its 95% confidence interval. */
	ciLower: number;
	/** Upper bound of its 95% confidence interval. */
	ciUpper: number;
	/** Its weight in the pooled result, in percent of the total (0–100). */
	weight: number;
}

/**
 * The pooled result, in the same scale as the rows. The engine's `PooledEffect` fits as it is.
 */
export interface ForestPlotPooled {
	estimate: number;
	ciLower: number;
	ciUpper: number;
	/** The 95% prediction interval, when there is one (the engine gives it from 3 effects). */
	predictionLower?: number | null;
	predictionUpper?: number | null;
}

/**
 * The two drawings: `wide` puts labels in a column left of the plot and the numbers right of it;
 * `narrow` (for phones, or a zoomed page) puts each label above its row so the plot keeps the
 * full width. Each has its own viewBox and font size, chosen so that text never drops below 12 CSS
 * pixels at the smallest width the stylesheet lets that drawing take.
 */
export type ForestPlotVariant = 'wide' | 'narrow';

/**
 * Sizes of a variant, in viewBox units, and the narrowest CSS width the stylesheet lets it take
 * (keep `minCssWidth` in step with components.scss): text is `fontSize × CSS width / width` px.
 */
export const forestPlotVariants: Record<
	ForestPlotVariant,
	{ width: number; fontSize: number; rowHeight: number; ticks: number; minCssWidth: number }
> = {
	/** Shown from 700 CSS px: 15 × 700 / 800 = 13 px text at the narrowest, 18 px at 960 px. */
	wide: { width: 800, fontSize: 15, rowHeight: 30, ticks: 7, minCssWidth: 700 },
	/** Shown below that, 280–440 CSS px wide: 12.25 px text at the narrowest, 19 px at the widest. */
	narrow: { width: 320, fontSize: 14, rowHeight: 26, ticks: 5, minCssWidth: 280 }
};

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

/** Average advance of a character in the system sans-serif font, in ems (generous for digits). */
const averageCharWidth = 0.55;

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
 * The side of a study's square: its AREA is proportional to the weight, the heaviest study
 * getting `maxSide`. A floor keeps very light studies visible (only those below
 * (minSide / maxSide)² of the heaviest weight are drawn larger than their share).
 */
export function squareSide(
	weight: number,
	heaviest: number,
	sizes: { maxSide: number; minSide?: number }
): number {
	const share = heaviest > 0 ? Math.max(0, weight) / heaviest : 1;
	return Math.max(sizes.minSide ?? 0, sizes.maxSide * Math.sqrt(share));
}

/** A number as the site shows effect sizes: two decimals and a true minus sign. */
export function formatNumber(value: number): string {
	const text = value.toFixed(2);
	return text.startsWith('-')
		? /^-0\.0+$/.test(text)
			? text.slice(1)
			: `−${text.slice(1)}`
		: text;
}

/** A value in the analysis scale as shown to readers: a ratio for a log ratio. */
export function formatEffect(value: number, logRatio = false): string {
	return formatNumber(logRatio ? Math.exp(value) : value);
}

/** "0.32 to 0.54": an interval as shown to readers ("to", not a dash, as negatives have a minus). */
export function formatInterval(lower: number, upper: number, logRatio = false): string {
	return `${formatEffect(lower, logRatio)} to ${formatEffect(upper, logRatio)}`;
}

/** A weight in percent, to one decimal: "24.3%". */
export function formatWeight(weight: number): string {
	return `${weight.toFixed(1)}%`;
}

/** Rough width of a text in viewBox units: there is no font to measure with on the server. */
export function estimateTextWidth(text: string, fontSize: number): number {
	return text.length * averageCharWidth * fontSize;
}

/** The text, shortened with an ellipsis to fit `width` (the full text is in the data table). */
export function fitText(text: string, width: number, fontSize: number): string {
	if (estimateTextWidth(text, fontSize) <= width) return text;
	const chars = Math.max(1, Math.floor(width / (averageCharWidth * fontSize)) - 1);
	return `${text.slice(0, chars).trimEnd()}…`;
}

/** A horizontal interval drawn on the plot, with whether each end was cut at the axis edge. */
export interface IntervalLine {
	x1: number;
	x2: number;
	clippedLow: boolean;
	clippedHigh: boolean;
}

/** A text placed in the drawing. */
export interface PlacedText {
	text: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
}

/** One study as drawn. */
export interface LaidOutRow {
	/** The label, shortened if it does not fit (the full label is in `row.label`). */
	label: PlacedText;
	/** "0.32 (0.10 to 0.54)". */
	numbers: PlacedText;
	/** "24.3%", in the wide drawing only. */
	weight: PlacedText | null;
	/** Vertical centre of the square and line. */
	y: number;
	/** Horizontal centre of the square (the estimate). */
	x: number;
	/** Side of the square. */
	side: number;
	ci: IntervalLine;
	row: ForestPlotRow;
}

/** The pooled result as drawn. */
export interface LaidOutPooled {
	label: PlacedText;
	numbers: PlacedText;
	weight: PlacedText | null;
	y: number;
	/** x of the diamond's left tip (CI lower), centre (estimate) and right tip (CI upper). */
	xLower: number;
	xEstimate: number;
	xUpper: number;
	/** Half the diamond's height. */
	halfHeight: number;
	/** The SVG `points` of the diamond. */
	points: string;
	prediction: IntervalLine | null;
}

/** Everything the component draws, in viewBox units. */
export interface ForestPlotLayout {
	variant: ForestPlotVariant;
	width: number;
	height: number;
	fontSize: number;
	domain: [number, number];
	plotLeft: number;
	plotRight: number;
	/** Column headings: study, weight (wide only), estimate. */
	headings: PlacedText[];
	/** y of the rule under the headings. */
	headingRuleY: number;
	rows: LaidOutRow[];
	pooled: LaidOutPooled;
	/** The line of no effect (0, or a ratio of 1): x and vertical extent. */
	zeroX: number;
	/** The dashed line at the pooled estimate. */
	pooledX: number;
	linesTop: number;
	linesBottom: number;
	axis: { y: number; ticks: (PlacedText & { tickX: number })[]; title: PlacedText };
	/** "← Favours comparison" and "Favours intervention →", on one line or two. */
	favours: PlacedText[];
}

/** What {@link layoutForestPlot} needs. */
export interface ForestPlotInput {
	rows: readonly ForestPlotRow[];
	pooled: ForestPlotPooled;
	/** The axis title, such as "Standardised mean difference (Hedges' g)". */
	metric: string;
	logRatio?: boolean;
	pooledLabel?: string;
	favoursComparison?: string;
	favoursIntervention?: string;
}

const gap = 12;
/** Room at each end of the plot for half a tick label and a clip arrow. */
const plotInset = 18;

/**
 * Lays out the whole forest plot for one variant: headings, a row per study, the pooled diamond,
 * the lines at zero and at the pooled estimate, the axis and the "favours" labels.
 */
export function layoutForestPlot(
	input: ForestPlotInput,
	variant: ForestPlotVariant
): ForestPlotLayout {
	const { width, fontSize, rowHeight, ticks: tickCount } = forestPlotVariants[variant];
	const logRatio = input.logRatio ?? false;
	const pooledLabel = input.pooledLabel ?? 'Pooled (random effects)';
	const { rows, pooled } = input;
	const wide = variant === 'wide';
	const lineHeight = fontSize * 1.35;
	const baseline = fontSize * 0.35;

	const numbersText = (estimate: number, lower: number, upper: number) =>
		`${formatEffect(estimate, logRatio)} (${formatInterval(lower, upper, logRatio)})`;
	const rowNumbers = rows.map((row) => numbersText(row.estimate, row.ciLower, row.ciUpper));
	const pooledNumbers = numbersText(pooled.estimate, pooled.ciLower, pooled.ciUpper);
	const numbersHeading = 'Estimate (95% CI)';
	const numbersWidth = Math.max(
		...[numbersHeading, pooledNumbers, ...rowNumbers].map((t) => estimateTextWidth(t, fontSize))
	);

	let plotLeft: number;
	let plotRight: number;
	let labelWidth: number;
	let weightX = 0;
	if (wide) {
		const widest = Math.max(
			...[pooledLabel, ...rows.map((row) => row.label)].map((t) => estimateTextWidth(t, fontSize))
		);
		labelWidth = Math.min(widest, width * 0.27);
		const weightWidth = estimateTextWidth('Weight', fontSize);
		weightX = width - numbersWidth - gap * 1.5;
		plotLeft = labelWidth + gap + plotInset;
		plotRight = weightX - weightWidth - gap - plotInset;
	} else {
		labelWidth = width;
		plotLeft = plotInset;
		plotRight = width - plotInset;
	}

	const domain = axisDomain(rows, pooled, { logRatio, ticks: tickCount });
	const scale: ScaleLinear<number, number> = scaleLinear()
		.domain(domain)
		.range([plotLeft, plotRight]);
	const x = (value: number) => scale(Math.min(domain[1], Math.max(domain[0], value)));
	const interval = (lower: number, upper: number): IntervalLine => ({
		x1: x(lower),
		x2: x(upper),
		clippedLow: lower < domain[0],
		clippedHigh: upper > domain[1]
	});

	// Headings.
	let y = fontSize;
	const headings: PlacedText[] = [
		{ text: 'Study', x: 0, y, anchor: 'start' },
		{ text: numbersHeading, x: width, y, anchor: 'end' }
	];
	if (wide) headings.push({ text: 'Weight', x: weightX, y, anchor: 'end' });
	const headingRuleY = y + fontSize * 0.6;
	y = headingRuleY + fontSize * 0.4;
	const linesTop = headingRuleY;

	// In the narrow drawing a label and its numbers share the line above the row when they fit.
	const placeLabels = (label: string, numbers: string, top: number) => {
		if (wide) {
			const centre = top + rowHeight / 2;
			return {
				label: {
					text: fitText(label, labelWidth, fontSize),
					x: 0,
					y: centre + baseline,
					anchor: 'start' as const
				},
				numbers: { text: numbers, x: width, y: centre + baseline, anchor: 'end' as const },
				centre,
				bottom: top + rowHeight
			};
		}
		const numbersAt = estimateTextWidth(numbers, fontSize);
		const together = estimateTextWidth(label, fontSize) + gap + numbersAt <= width;
		const labelLine = top + fontSize;
		const numbersLine = together ? labelLine : labelLine + lineHeight;
		const labelRoom = together ? width - numbersAt - gap : width;
		const centre = numbersLine + baseline + rowHeight / 2;
		return {
			label: {
				text: fitText(label, labelRoom, fontSize),
				x: 0,
				y: labelLine,
				anchor: 'start' as const
			},
			numbers: { text: numbers, x: width, y: numbersLine, anchor: 'end' as const },
			centre,
			bottom: centre + rowHeight / 2
		};
	};

	const maxSide = rowHeight * 0.62;
	const heaviest = Math.max(0, ...rows.map((row) => row.weight));
	const laidOutRows: LaidOutRow[] = rows.map((row, i) => {
		const placed = placeLabels(row.label, rowNumbers[i] ?? '', y);
		y = placed.bottom;
		return {
			label: placed.label,
			numbers: placed.numbers,
			weight: wide
				? { text: formatWeight(row.weight), x: weightX, y: placed.label.y, anchor: 'end' }
				: null,
			y: placed.centre,
			x: x(row.estimate),
			side: squareSide(row.weight, heaviest, { maxSide, minSide: 4 }),
			ci: interval(row.ciLower, row.ciUpper),
			row
		};
	});

	y += rowHeight * 0.25;
	const placedPooled = placeLabels(pooledLabel, pooledNumbers, y);
	y = placedPooled.bottom;
	const halfHeight = rowHeight * 0.32;
	const xLower = x(pooled.ciLower);
	const xEstimate = x(pooled.estimate);
	const xUpper = x(pooled.ciUpper);
	const py = placedPooled.centre;
	const { predictionLower, predictionUpper } = pooled;
	const laidOutPooled: LaidOutPooled = {
		label: placedPooled.label,
		numbers: placedPooled.numbers,
		weight: wide ? { text: '100%', x: weightX, y: placedPooled.label.y, anchor: 'end' } : null,
		y: py,
		xLower,
		xEstimate,
		xUpper,
		halfHeight,
		points: [
			[xLower, py],
			[xEstimate, py - halfHeight],
			[xUpper, py],
			[xEstimate, py + halfHeight]
		]
			.map((point) => point.map(hundredths).join(','))
			.join(' '),
		prediction:
			typeof predictionLower === 'number' && typeof predictionUpper === 'number'
				? interval(predictionLower, predictionUpper)
				: null
	};

	// Axis, its title and the "favours" labels.
	const axisY = y + rowHeight * 0.2;
	const tickLabelY = axisY + 6 + fontSize;
	const ticks = fittingTicks(domain, { logRatio, count: tickCount, scale, fontSize }).map(
		(tick) => ({
			text: tick.label,
			tickX: scale(tick.value),
			x: scale(tick.value),
			y: tickLabelY,
			anchor: 'middle' as const
		})
	);
	const plotCentre = (plotLeft + plotRight) / 2;
	const titleY = tickLabelY + lineHeight * 1.1;
	const title: PlacedText = {
		text: logRatio ? `${input.metric} (log scale)` : input.metric,
		x: plotCentre,
		y: titleY,
		anchor: 'middle'
	};
	const zeroX = scale(0);
	const left = `← ${input.favoursComparison ?? 'Favours comparison'}`;
	const right = `${input.favoursIntervention ?? 'Favours intervention'} →`;
	const favoursY = titleY + lineHeight * 1.15;
	const favours = placeFavours({ left, right, zeroX, width, fontSize, y: favoursY, lineHeight });
	const lastY = favours.at(-1)?.y ?? favoursY;

	return {
		variant,
		width,
		height: Math.ceil(lastY + fontSize * 0.5),
		fontSize,
		domain,
		plotLeft,
		plotRight,
		headings,
		headingRuleY,
		rows: laidOutRows,
		pooled: laidOutPooled,
		zeroX,
		pooledX: xEstimate,
		linesTop,
		linesBottom: axisY,
		axis: { y: axisY, ticks, title },
		favours
	};
}

/**
 * Puts "← Favours comparison" left of the line of no effect and "Favours intervention →" right of
 * it, on one line when both fit, otherwise on two lines, each kept inside the drawing.
 */
function placeFavours(options: {
	left: string;
	right: string;
	zeroX: number;
	width: number;
	fontSize: number;
	y: number;
	lineHeight: number;
}): PlacedText[] {
	const { left, right, zeroX, width, fontSize, y, lineHeight } = options;
	const half = gap / 2;
	const leftWidth = estimateTextWidth(left, fontSize);
	const rightWidth = estimateTextWidth(right, fontSize);
	if (zeroX - half - leftWidth >= 0 && zeroX + half + rightWidth <= width) {
		return [
			{ text: left, x: zeroX - half, y, anchor: 'end' },
			{ text: right, x: zeroX + half, y, anchor: 'start' }
		];
	}
	return [
		{ text: left, x: Math.max(leftWidth, zeroX - half), y, anchor: 'end' },
		{
			text: right,
			x: Math.min(width - rightWidth, zeroX + half),
			y: y + lineHeight,
			anchor: 'start'
		}
	];
}

/**
 * A coordinate as a drawing writes it: to a hundredth of a unit (drawings are 320–800 units
 * wide), not with a double's seventeen digits, since the page carries every one of them.
 * @example hundredths(424.85833333333335) // 424.86
 */
export function hundredths(value: number): number {
	return Math.round(value * 100) / 100;
}

/**
 * The axis ticks whose labels fit side by side: fewer ticks until neighbouring labels are at least
 * a space apart, since the plot area of a wide drawing can be narrower than the narrow drawing's.
 */
function fittingTicks(
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
