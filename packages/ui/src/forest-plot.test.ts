import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ForestPlot from './components/ForestPlot.svelte';
import { axisDomain, axisTicks } from './forest-plot-axis.js';
import { estimateTextWidth, formatInterval, formatNumber } from './forest-plot-text.js';
import {
	forestPlotVariants,
	type ForestPlotInput,
	type ForestPlotPooled,
	type ForestPlotRow
} from './forest-plot-input.js';
import { layoutForestPlot, squareSide } from './forest-plot.js';

const rows: ForestPlotRow[] = [
	{ label: 'Smith 2015 (UK)', estimate: 0.32, ciLower: 0.1, ciUpper: 0.54, weight: 40 },
	{ label: 'Eyberg 2001 (US)', estimate: 0.61, ciLower: 0.22, ciUpper: 1.0, weight: 10 },
	{ label: 'Chaffin 2004 (US)', estimate: -0.05, ciLower: -0.38, ciUpper: 0.28, weight: 30 },
	{ label: 'Leung 2009 (Hong Kong)', estimate: 0.52, ciLower: 0.08, ciUpper: 0.96, weight: 20 }
];
const pooled: ForestPlotPooled = {
	estimate: 0.3,
	ciLower: 0.12,
	ciUpper: 0.48,
	predictionLower: -0.1,
	predictionUpper: 0.7
};
const input: ForestPlotInput = {
	rows,
	pooled,
	metric: "Standardised mean difference (Hedges' g)"
};
const props = {
	...input,
	title: 'Forest plot: Parent-Child Interaction Therapy and child behaviour problems',
	description: 'Four studies; the pooled effect is 0.30 (95% CI 0.12 to 0.48).'
};

/** The text a screen reader would read: tags stripped. */
function text(html: string): string {
	return html
		.replace(/<!--.*?-->/gs, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

function tableOf(html: string): string {
	return html.slice(html.indexOf('<table'), html.indexOf('</table>'));
}

describe('the axis', () => {
	it('always includes zero, even when every study is far to one side of it', () => {
		const positive: ForestPlotRow[] = [
			{ label: 'A', estimate: 1.6, ciLower: 1.3, ciUpper: 1.9, weight: 50 },
			{ label: 'B', estimate: 2.0, ciLower: 1.7, ciUpper: 2.3, weight: 50 }
		];
		const far = { estimate: 1.8, ciLower: 1.6, ciUpper: 2.0 };
		const [low, high] = axisDomain(positive, far);
		expect(low).toBeLessThanOrEqual(0);
		expect(high).toBeGreaterThanOrEqual(2.3);
		const negative = positive.map((row) => ({
			...row,
			estimate: -row.estimate,
			ciLower: -row.ciUpper,
			ciUpper: -row.ciLower
		}));
		expect(
			axisDomain(negative, { estimate: -1.8, ciLower: -2, ciUpper: -1.6 })[1]
		).toBeGreaterThanOrEqual(0);
		for (const variant of ['wide', 'narrow'] as const) {
			const layout = layoutForestPlot({ ...input, rows: positive, pooled: far }, variant);
			expect(layout.zeroX).toBeGreaterThanOrEqual(layout.plotLeft);
			expect(layout.axis.ticks.map((tick) => tick.text)).toContain('0.0');
		}
	});

	it('never lets tick labels run into each other, even when the plot area is narrow', () => {
		const studies = [
			{ label: 'Chaffin 2004 (US)', estimate: 0.45, ciLower: 0.11, ciUpper: 0.79, weight: 24 },
			{ label: 'Hakman 2009 (US)', estimate: 0.8, ciLower: 0.21, ciUpper: 1.39, weight: 12 },
			{ label: 'Smith 2019 (UK)', estimate: -0.1, ciLower: -0.58, ciUpper: 0.38, weight: 64 }
		];
		const pooled = { estimate: 0.28, ciLower: 0.04, ciUpper: 0.52 };
		for (const variant of ['wide', 'narrow'] as const) {
			const { axis } = layoutForestPlot({ ...input, rows: studies, pooled }, variant);
			const { fontSize } = forestPlotVariants[variant];
			axis.ticks.slice(1).forEach((tick, i) => {
				const previous = axis.ticks[i];
				if (!previous) return;
				const halfWidths =
					(estimateTextWidth(previous.text, fontSize) + estimateTextWidth(tick.text, fontSize)) / 2;
				expect(tick.x - previous.x, `${variant}: ${previous.text} → ${tick.text}`).toBeGreaterThan(
					halfWidths
				);
			});
		}
	});

	it('has round ("nice") ends with every confidence interval inside, and a little room', () => {
		const [low, high] = axisDomain(rows, pooled);
		expect([low, high]).toEqual([-0.4, 1.0]);
		expect(axisTicks([low, high]).map((tick) => tick.label)).toEqual([
			'−0.4',
			'−0.2',
			'0.0',
			'0.2',
			'0.4',
			'0.6',
			'0.8',
			'1.0'
		]);
	});

	it('cuts a very wide confidence interval at the edge with an arrow rather than squashing the rest', () => {
		const extreme: ForestPlotRow = {
			label: 'Tiny 1999 (US)',
			estimate: 0.9,
			ciLower: -8,
			ciUpper: 9.5,
			weight: 1
		};
		const withExtreme = [...rows, extreme];
		const [low, high] = axisDomain(withExtreme, pooled);
		// The rule: no further than the span of zero, the estimates and the pooled CI on each side.
		const core = 0.9 - -0.05;
		expect(low).toBeGreaterThanOrEqual(-0.05 - core - 0.5);
		expect(high).toBeLessThanOrEqual(0.9 + core + 0.5);

		const layout = layoutForestPlot({ ...input, rows: withExtreme }, 'wide');
		const drawn = layout.rows.at(-1);
		expect(drawn?.ci).toMatchObject({
			x1: layout.plotLeft,
			x2: layout.plotRight,
			clippedLow: true,
			clippedHigh: true
		});
		expect(layout.rows.slice(0, -1).some((row) => row.ci.clippedLow || row.ci.clippedHigh)).toBe(
			false
		);

		const { body } = render(ForestPlot, { props: { ...props, rows: withExtreme } });
		// Two arrows on the extreme study, in each of the two drawings.
		expect(body.match(/class="ww-forest-plot__arrow"/g)).toHaveLength(4);
		expect(text(body)).toContain('an arrow means the interval runs on beyond the axis');
		expect(text(tableOf(body))).toContain('Tiny 1999 (US) 0.90 −8.00 to 9.50 1.0%');
	});

	it('shows log ratios on the ratio scale, with 1 as no effect', () => {
		const ratios: ForestPlotRow[] = [
			{ label: 'Harwin 2014 (UK)', ...logs(1.8, 1.2, 2.7), weight: 60 },
			{ label: 'Worcel 2008 (US)', ...logs(1.3, 0.8, 2.1), weight: 40 }
		];
		const ratioInput = { ...input, rows: ratios, pooled: logs(1.6, 1.2, 2.15), logRatio: true };
		const layout = layoutForestPlot({ ...ratioInput, metric: 'Odds ratio' }, 'wide');
		const one = layout.axis.ticks.find((tick) => tick.text === '1');
		expect(one?.tickX).toBeCloseTo(layout.zeroX);
		expect(layout.axis.title.text).toBe('Odds ratio (log scale)');
		expect(layout.rows[0]?.numbers.text).toBe('1.80 (1.20 to 2.70)');
		// Equal ratios are equal distances apart: 0.5 → 1 as far as 1 → 2.
		const ticks = axisTicks([Math.log(0.3), Math.log(6)], { logRatio: true });
		expect(ticks.map((tick) => tick.label)).toEqual(['0.5', '1', '2', '5']);

		const { body } = render(ForestPlot, {
			props: { ...props, ...ratioInput, metric: 'Odds ratio' }
		});
		expect(text(tableOf(body))).toContain('Harwin 2014 (UK) 1.80 1.20 to 2.70 60.0%');
		expect(text(tableOf(body))).toContain('Pooled (random effects) 1.60 1.20 to 2.15 100%');
	});
});

function logs(estimate: number, lower: number, upper: number) {
	return { estimate: Math.log(estimate), ciLower: Math.log(lower), ciUpper: Math.log(upper) };
}

describe('the squares and the diamond', () => {
	it('gives a heavier study a bigger square, its area in proportion to the weight', () => {
		expect(squareSide(40, 40, { maxSide: 20 })).toBe(20);
		const area = (weight: number) => squareSide(weight, 40, { maxSide: 20 }) ** 2;
		expect(area(10) / area(40)).toBeCloseTo(0.25);
		expect(area(30) / area(20)).toBeCloseTo(1.5);
		// A very light study stays visible.
		expect(squareSide(0.01, 40, { maxSide: 20, minSide: 4 })).toBe(4);

		const layout = layoutForestPlot(input, 'wide');
		const sides = layout.rows.map((row) => row.side);
		const weights = rows.map((row) => row.weight);
		for (const [i, side] of sides.entries()) {
			expect((side / (sides[0] ?? 1)) ** 2).toBeCloseTo((weights[i] ?? 0) / 40);
		}
	});

	it('draws the pooled diamond from the lower to the upper end of the confidence interval', () => {
		for (const variant of ['wide', 'narrow'] as const) {
			const { pooled: diamond } = layoutForestPlot(input, variant);
			expect(diamond.xLower).toBeLessThan(diamond.xEstimate);
			expect(diamond.xEstimate).toBeLessThan(diamond.xUpper);
			// Its centre sits at the estimate, in proportion between the tips.
			expect((diamond.xEstimate - diamond.xLower) / (diamond.xUpper - diamond.xLower)).toBeCloseTo(
				(0.3 - 0.12) / (0.48 - 0.12)
			);
			const xs = diamond.points.split(' ').map((point) => Number(point.split(',')[0]));
			expect(Math.min(...xs)).toBeCloseTo(diamond.xLower);
			expect(Math.max(...xs)).toBeCloseTo(diamond.xUpper);
			// The prediction interval is wider than the diamond.
			expect(diamond.prediction?.x1).toBeLessThan(diamond.xLower);
			expect(diamond.prediction?.x2).toBeGreaterThan(diamond.xUpper);
		}
	});
});

describe('ForestPlot', () => {
	it('is an image with a title and a description, in each drawing', () => {
		const { body } = render(ForestPlot, { props });
		const svgs = [...body.matchAll(/<svg[^>]*>/g)].map((match) => match[0]);
		expect(svgs).toHaveLength(2);
		const ids = new Set<string>();
		for (const svg of svgs) {
			expect(svg).toContain('role="img"');
			const labelledBy = /aria-labelledby="([^"]+)"/.exec(svg)?.[1]?.split(' ') ?? [];
			expect(labelledBy).toHaveLength(2);
			const [titleId, descId] = labelledBy;
			expect(body).toContain(`<title id="${titleId}">${props.title}</title>`);
			expect(body).toContain(`<desc id="${descId}">${props.description}</desc>`);
			for (const id of labelledBy) ids.add(id);
		}
		expect(ids.size).toBe(4);
	});

	it('writes every coordinate of its drawings to a hundredth of a unit at most', () => {
		const { body } = render(ForestPlot, { props });
		const drawings = [...body.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((match) => match[0]);
		const coordinates = drawings.flatMap((svg) =>
			[...svg.matchAll(/ (?:viewBox|x|y|x1|x2|y1|y2|width|height|points)="([^"]+)"/g)].flatMap(
				(match) => match[1]?.split(/[ ,]/) ?? []
			)
		);
		expect(coordinates.length).toBeGreaterThan(100);
		expect(coordinates.filter((value) => !/^-?\d+(\.\d{1,2})?$/.test(value))).toEqual([]);
	});

	it('lists every study and the pooled result in a table with a caption and headers', () => {
		const { body } = render(ForestPlot, { props });
		const table = tableOf(body);
		expect(body).toContain('<details');
		expect(text(body)).toContain(`Show the numbers in a table : ${props.title}`);
		expect(table).toMatch(/<caption[^>]*>\s*Forest plot: Parent-Child Interaction Therapy/);
		expect(table.match(/scope="col"/g)).toHaveLength(4);
		expect(table.match(/scope="row"/g)).toHaveLength(rows.length + 1);
		const rowsText = text(table.slice(table.indexOf('<tbody')));
		expect(rowsText).toBe(
			[
				'Smith 2015 (UK) 0.32 0.10 to 0.54 40.0%',
				'Eyberg 2001 (US) 0.61 0.22 to 1.00 10.0%',
				'Chaffin 2004 (US) −0.05 −0.38 to 0.28 30.0%',
				'Leung 2009 (Hong Kong) 0.52 0.08 to 0.96 20.0%',
				'Pooled (random effects) 0.30 0.12 to 0.48 100%'
			].join(' ')
		);
		expect(text(body)).toContain('95% prediction interval: −0.10 to 0.70.');
	});

	it('labels both sides of zero, and says in words what each mark means', () => {
		const { body } = render(ForestPlot, { props });
		expect(body.match(/← Favours comparison/g)).toHaveLength(2);
		expect(body.match(/Favours intervention →/g)).toHaveLength(2);
		const key = text(body);
		expect(key).toContain('Each square is a study’s estimate, its area showing the study’s weight');
		expect(key).toContain('the thin line through it is the 95% prediction interval');
		expect(key).not.toContain('an arrow');
	});

	it('leaves out the prediction interval when there is none', () => {
		const { body } = render(ForestPlot, {
			props: { ...props, pooled: { ...pooled, predictionLower: null, predictionUpper: null } }
		});
		expect(body).not.toContain('ww-forest-plot__prediction');
		expect(text(body)).not.toContain('prediction interval');
	});

	it('shortens a long label in the drawing but gives it in full in the table', () => {
		const label = 'Thomas and Zimmer-Gembeck, Queensland replication 2011 (Australia)';
		const long = [{ ...rows[0], label } as ForestPlotRow, ...rows.slice(1)];
		const layout = layoutForestPlot({ ...input, rows: long }, 'wide');
		expect(layout.rows[0]?.label.text).toMatch(/^Thomas and Zimmer.*…$/);
		expect(layout.rows[0]?.label.text.length).toBeLessThan(label.length);
		const { body } = render(ForestPlot, { props: { ...props, rows: long } });
		expect(tableOf(body)).toContain(label);
	});
});

describe('readability', () => {
	it('keeps text at 12 CSS px or more at the narrowest width each drawing is shown at', () => {
		for (const variant of Object.values(forestPlotVariants)) {
			expect((variant.fontSize * variant.minCssWidth) / variant.width).toBeGreaterThanOrEqual(12);
		}
		// The narrow drawing fits a 320 px wide screen (less the page's 15 px margins).
		expect(forestPlotVariants.narrow.minCssWidth).toBeLessThanOrEqual(320 - 2 * 15);
	});

	it('keeps every row inside the drawing, below the headings and above the axis', () => {
		for (const variant of ['wide', 'narrow'] as const) {
			const layout = layoutForestPlot(input, variant);
			const ys = [...layout.rows.map((row) => row.y), layout.pooled.y];
			expect(ys).toEqual([...ys].sort((a, b) => a - b));
			expect(Math.min(...ys)).toBeGreaterThan(layout.headingRuleY);
			expect(Math.max(...ys)).toBeLessThan(layout.axis.y);
			expect(layout.favours.at(-1)?.y).toBeLessThan(layout.height);
		}
	});

	it('writes negative numbers with a true minus sign and intervals with "to"', () => {
		expect(formatNumber(-0.051)).toBe('−0.05');
		expect(formatNumber(-0.001)).toBe('0.00');
		expect(formatInterval(-0.38, 0.28)).toBe('−0.38 to 0.28');
	});
});
