/** One line of a trend chart: a name and a value per year (null where none is published). */
export interface TrendSeries {
	name: string;
	values: { year: number; value: number | null }[];
}

/** A point placed in the chart's drawing area. */
export interface PlottedPoint {
	year: number;
	value: number;
	x: number;
	y: number;
}

/** Everything the chart draws, in SVG units. */
export interface TrendChartLayout {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	yTicks: { value: number; y: number }[];
	xTicks: { year: number; x: number }[];
	lines: { name: string; segments: PlottedPoint[][] }[];
}

const margin = { left: 44, right: 12, top: 12, bottom: 28 };

/**
 * Lays out a yearly line chart. The y axis starts at zero, so a rate's size is read honestly, and
 * ends at a round number above the highest value. A missing year breaks the line rather than
 * bridging it, so no figure is invented.
 */
export function layoutTrendChart(
	series: TrendSeries[],
	size: { width: number; height: number } = { width: 560, height: 260 }
): TrendChartLayout {
	const years = [...new Set(series.flatMap((s) => s.values.map((v) => v.year)))].sort(
		(a, b) => a - b
	);
	const values = series.flatMap((s) =>
		s.values.flatMap((v) => (v.value === null ? [] : [v.value]))
	);
	const step = niceStep(Math.max(1, ...values) / 4);
	const top = Math.max(step, Math.ceil(Math.max(0, ...values) / step) * step);
	const plot = {
		left: margin.left,
		right: size.width - margin.right,
		top: margin.top,
		bottom: size.height - margin.bottom
	};
	const firstYear = years[0] ?? 0;
	const span = Math.max(1, (years.at(-1) ?? 0) - firstYear);
	const x = (year: number) =>
		round(plot.left + ((year - firstYear) / span) * (plot.right - plot.left));
	const y = (value: number) => round(plot.bottom - (value / top) * (plot.bottom - plot.top));

	return {
		...size,
		plot,
		yTicks: Array.from({ length: Math.round(top / step) + 1 }, (_, i) => ({
			value: i * step,
			y: y(i * step)
		})),
		xTicks: years.map((year) => ({ year, x: x(year) })),
		lines: series.map((s) => ({
			name: s.name,
			segments: splitAtGaps(
				s.values.map((v) =>
					v.value === null ? null : { ...v, value: v.value, x: x(v.year), y: y(v.value) }
				)
			)
		}))
	};
}

/** 1, 2 or 5 times a power of ten, at least `rough`: tick steps people read easily. */
function niceStep(rough: number): number {
	const power = 10 ** Math.floor(Math.log10(rough));
	return [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power;
}

function splitAtGaps(points: (PlottedPoint | null)[]): PlottedPoint[][] {
	const segments: PlottedPoint[][] = [[]];
	for (const point of points) {
		if (point) segments.at(-1)?.push(point);
		else if (segments.at(-1)?.length) segments.push([]);
	}
	return segments.filter((segment) => segment.length > 0);
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
