// Pure geometry of the forest plot: the axis, the squares, the diamond and where every label goes.
// The component only draws what `layoutForestPlot` returns, so everything a reader would notice is
// decided (and unit-tested) here, on the server, without a browser to measure text in.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { axisDomain, fittingTicks } from './forest-plot-axis.js';
import {
	estimateTextWidth,
	fitText,
	formatEffect,
	formatInterval,
	formatWeight,
	hundredths
} from './forest-plot-text.js';
import {
	forestPlotVariants,
	type ForestPlotInput,
	type ForestPlotRow,
	type ForestPlotVariant
} from './forest-plot-input.js';

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
