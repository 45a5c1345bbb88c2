// What a forest plot shows (its rows and pooled result) and the two drawings it is made as.

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

/** What `layoutForestPlot` needs. */
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
