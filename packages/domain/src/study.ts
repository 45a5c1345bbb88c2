import { z } from 'zod';
import { numberField } from './common.js';

/**
 * Study designs, strongest first: randomised controlled trial, quasi-experimental design, other.
 */
export const studyDesignKeys = ['rct', 'qed', 'other'] as const;

/** One study design key. */
export type StudyDesign = z.infer<typeof studyDesignSchema>;
/** Validates a study design key. */
export const studyDesignSchema = z.enum(studyDesignKeys).describe('Design of the evaluation');

/**
 * Labels of the study designs for readers.
 * @example studyDesignLabels.qed // 'Quasi-experimental design'
 */
export const studyDesignLabels = {
	rct: 'Randomised controlled trial',
	qed: 'Quasi-experimental design',
	other: 'Other design'
} as const satisfies Record<StudyDesign, string>;

/**
 * How well a comparison was designed and carried out. Only high and moderate contrasts count
 * towards a rating: high is a well-run RCT with low attrition; moderate an RCT with high attrition
 * or a QED with baseline equivalence shown; low anything else.
 */
export const designRatingKeys = ['high', 'moderate', 'low'] as const;

/** One design-and-execution rating key. */
export type DesignRating = z.infer<typeof designRatingSchema>;
/** Validates a design-and-execution rating key. */
export const designRatingSchema = z
	.enum(designRatingKeys)
	.describe('Design-and-execution rating of the contrast');

/**
 * Metrics an effect size can be reported in: a standardised mean difference (Hedges' g) for
 * continuous outcomes, a log odds or log risk ratio for binary ones.
 */
export const effectMetricKeys = ['smd', 'log-odds-ratio', 'log-risk-ratio'] as const;

/** One effect metric key. */
export type EffectMetric = z.infer<typeof effectMetricSchema>;
/** Validates an effect metric key. */
export const effectMetricSchema = z.enum(effectMetricKeys).describe('Metric of the effect size');

/**
 * Labels of the effect metrics for axes and tables.
 * @example effectMetricLabels.smd // "Standardised mean difference (Hedges' g)"
 */
export const effectMetricLabels = {
	smd: "Standardised mean difference (Hedges' g)",
	'log-odds-ratio': 'Odds ratio',
	'log-risk-ratio': 'Risk ratio'
} as const satisfies Record<EffectMetric, string>;

/** Which way is good for children and families on an outcome. */
export const favourableDirectionKeys = ['higher', 'lower'] as const;

/** One favourable direction key. */
export type FavourableDirection = z.infer<typeof favourableDirectionSchema>;
/** Validates a favourable direction key. */
export const favourableDirectionSchema = z
	.enum(favourableDirectionKeys)
	.describe('Whether higher or lower values of the effect size are good for children and families');

/** An ISO 3166-1 alpha-2 country code; the UK is "GB". */
export const countryCodeSchema = z
	.string()
	.trim()
	.toUpperCase()
	.regex(/^[A-Z]{2}$/, 'Expected a two-letter country code such as GB')
	.describe('ISO 3166-1 alpha-2 country code; the UK is GB');

const participants = (what: string) =>
	numberField(what, { whole: true }).min(1, `${what} must be at least 1`);

/** One evaluation report. */
export type Study = z.infer<typeof studySchema>;
/** Validates one evaluation report. */
export const studySchema = z.object({
	citation: z
		.string()
		.trim()
		.min(1, 'Enter the full reference')
		.max(1000)
		.describe('Full reference of the report'),
	year: numberField('The year', { whole: true })
		.min(1900, 'The year must be 1900 or later')
		.max(2100, 'The year must be 2100 or earlier'),
	country: countryCodeSchema,
	design: studyDesignSchema,
	setting: z.string().trim().max(500).describe('Where the intervention was delivered'),
	independentOfDeveloper: z
		.boolean()
		.describe('Whether the evaluators were independent of the developer'),
	treatmentN: participants('The treatment group size'),
	comparisonN: participants('The comparison group size'),
	followUpMonths: numberField('The follow-up')
		.min(0, 'The follow-up cannot be negative')
		.max(600, 'The follow-up must be 600 months or fewer')
		.nullable()
});

/** The coded numbers of a contrast, whichever form it is entered in. */
export const contrastNumbersShape = {
	sampleId: z
		.string()
		.trim()
		.min(1, 'Name the sample')
		.max(100)
		.describe('Contrasts from the same sample on the same outcome count once'),
	metric: effectMetricSchema,
	effectSize: numberField('The effect size').describe('Effect size in its metric, as reported'),
	variance: numberField('The variance').positive('The variance must be above zero').nullable(),
	ciLower: numberField('The lower bound')
		.nullable()
		.describe('Lower bound of the 95% confidence interval'),
	ciUpper: numberField('The upper bound')
		.nullable()
		.describe('Upper bound of the 95% confidence interval'),
	favourableDirection: favourableDirectionSchema,
	designRating: designRatingSchema,
	treatmentN: participants('The treatment group size'),
	comparisonN: participants('The comparison group size')
};

type ContrastNumbers = Pick<Contrast, 'effectSize' | 'variance' | 'ciLower' | 'ciUpper'>;

/**
 * Refuses bad numbers with a message naming the field: the effect size needs its variance or
 * both bounds of its 95% confidence interval, the upper above the lower, the estimate between.
 */
export function checkContrastNumbers(contrast: ContrastNumbers, ctx: z.RefinementCtx): void {
	const hasInterval = contrast.ciLower !== null || contrast.ciUpper !== null;
	if (contrast.variance === null && !hasInterval) {
		ctx.addIssue({
			code: 'custom',
			path: ['variance'],
			message: 'Give the variance or the 95% confidence interval'
		});
	}
	if (hasInterval && (contrast.ciLower === null || contrast.ciUpper === null)) {
		ctx.addIssue({
			code: 'custom',
			path: [contrast.ciLower === null ? 'ciLower' : 'ciUpper'],
			message: 'Give both bounds of the confidence interval'
		});
	} else if (contrast.ciLower !== null && contrast.ciUpper !== null) {
		if (contrast.ciUpper <= contrast.ciLower) {
			ctx.addIssue({
				code: 'custom',
				path: ['ciUpper'],
				message: 'The upper bound must be above the lower bound'
			});
		} else if (contrast.effectSize < contrast.ciLower || contrast.effectSize > contrast.ciUpper) {
			ctx.addIssue({
				code: 'custom',
				path: ['effectSize'],
				message: 'The effect size must lie within its confidence interval'
			});
		}
	}
}

/** One comparison of intervention and comparison group on one outcome. */
export type Contrast = z.infer<typeof contrastSchema>;
/**
 * Validates one contrast. The effect size comes with either its variance or its 95% confidence
 * interval; bad numbers are refused with a message naming the field.
 */
export const contrastSchema = z
	.object({
		id: z.string().min(1).max(100).describe('Identifier of the contrast'),
		country: countryCodeSchema,
		...contrastNumbersShape
	})
	.superRefine(checkContrastNumbers);
