import { z } from 'zod';
import { logOddsRatioToD, type Effect } from './effect-size.js';
import { poolEffects, type PooledEffect } from './meta-analysis.js';
import {
	effectivenessSchema,
	strengthKeys,
	strengthSchema,
	type Effectiveness,
	type Strength
} from './ratings.js';
import { z975 } from './statistics/distributions.js';
import { contrastSchema, type Contrast, type DesignRating, type EffectMetric } from './study.js';

/**
 * The numbers the rules compare against. A new version of the Evidence Standards may move any of
 * them; the rules themselves, and their order, stay as written below.
 */
export type RatingThresholds = z.infer<typeof ratingThresholdsSchema>;
/** Validates the thresholds of a version of the Evidence Standards. */
export const ratingThresholdsSchema = z.object({
	consistentMinComparisons: z
		.int()
		.min(1)
		.describe('E-CONSISTENT: the fewest counted comparisons of a consistently positive effect'),
	consistentMaxI2: z
		.number()
		.min(0)
		.max(100)
		.describe('E-CONSISTENT: the most I² (%) at which the comparisons still agree'),
	noEffectMinParticipants: z
		.int()
		.min(0)
		.describe('E-NULL: the fewest participants for a null result to mean "no effect"'),
	inconsistentAboveI2: z
		.number()
		.min(0)
		.max(100)
		.describe('S-INCONSISTENT: I² (%) above which the comparisons disagree'),
	inconsistentMinComparisons: z
		.int()
		.min(2)
		.describe('S-INCONSISTENT: the fewest comparisons for I² to count against them'),
	impreciseBelowParticipants: z
		.int()
		.min(0)
		.describe('S-IMPRECISE: fewer participants than this lower the strength by one level')
});

/** A version of the Evidence Standards as the rating engine runs it: its number and thresholds. */
export type RatingStandards = z.infer<typeof ratingStandardsSchema>;
/** Validates a version of the Evidence Standards; the version is three numbers, like 1.2.0. */
export const ratingStandardsSchema = z.object({
	version: z
		.string()
		.regex(/^\d+\.\d+\.\d+$/, 'A standards version is three numbers, like 1.2.0')
		.describe('Recorded with every rating published under these standards'),
	thresholds: ratingThresholdsSchema
});

/**
 * The Evidence Standards this code rates by. Change a threshold only together with the version:
 * reviewers then see in the console every published rating the change would alter, and
 * republish them in one step.
 * @example currentRatingStandards.thresholds.impreciseBelowParticipants // 300
 */
export const currentRatingStandards: RatingStandards = {
	version: '1.0.0',
	thresholds: {
		consistentMinComparisons: 2,
		consistentMaxI2: 50,
		noEffectMinParticipants: 100,
		inconsistentAboveI2: 75,
		inconsistentMinComparisons: 3,
		impreciseBelowParticipants: 300
	}
};

/** The version of the rules below; bump it whenever a rule changes. */
export const standardsVersion: string = currentRatingStandards.version;

/** A published rule of the Evidence Standards: what the "Our ratings explained" page shows. */
export interface StandardsRule {
	id: string;
	title: string;
	/** Plain English: when the rule applies and what it does. */
	explanation: string;
}

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A count as the rules' explanations write it: in words up to nine, in figures above. */
function inWords(count: number): string {
	return numberWords[count] ?? count.toLocaleString('en-GB');
}

/** The effectiveness rules of some thresholds, tried in order; the first that applies decides. */
function effectivenessRulesOf(t: RatingThresholds) {
	return [
		{
			id: 'E-NONE',
			title: 'No eligible evidence',
			explanation:
				'If no comparison was rated high or moderate for design and execution, we cannot rate the effect.'
		},
		{
			id: 'E-HARM',
			title: 'Harmful on balance',
			explanation:
				'If the whole 95% confidence interval of the pooled effect is below zero, the intervention tended to make this outcome worse.'
		},
		{
			id: 'E-CONSISTENT',
			title: 'Consistently positive',
			explanation: `If the pooled effect is clearly above zero, at least ${inWords(t.consistentMinComparisons)} comparisons count, none of them found a clear harm, and the studies agree (I² at most ${t.consistentMaxI2}%), the effect is consistently positive.`
		},
		{
			id: 'E-POSITIVE',
			title: 'Tended to be positive',
			explanation:
				'If the whole 95% confidence interval of the pooled effect is above zero, the effect tended to be positive.'
		},
		{
			id: 'E-CONFLICT',
			title: 'Mixed',
			explanation:
				'If the pooled effect could be zero but at least one comparison found a clear effect in either direction, the findings are mixed.'
		},
		{
			id: 'E-NULL',
			title: 'No effect',
			explanation: `If the pooled effect could be zero, no comparison found a clear effect, and at least ${inWords(t.noEffectMinParticipants)} people took part, the intervention tended to show no effect.`
		},
		{
			id: 'E-UNDERPOWERED',
			title: 'Too little evidence',
			explanation:
				'Otherwise the studies are too small to tell whether there is an effect, so we cannot rate it.'
		}
	] as const satisfies readonly StandardsRule[];
}

/** The strength-of-evidence rules of some thresholds: one starting level, then downgrades. */
function strengthRulesOf(t: RatingThresholds) {
	return [
		{
			id: 'S-START-HIGH',
			title: 'Start at high',
			explanation:
				'At least two comparisons rated high, from independent samples, start the evidence at high.'
		},
		{
			id: 'S-START-MODERATE',
			title: 'Start at moderate',
			explanation:
				'One comparison rated high, or at least two rated moderate, start the evidence at moderate.'
		},
		{
			id: 'S-START-LOW',
			title: 'Start at low',
			explanation: 'A single comparison rated moderate starts the evidence at low.'
		},
		{
			id: 'S-START-NONE',
			title: 'Start at very low',
			explanation: 'Without comparisons rated high or moderate the evidence is very low.'
		},
		{
			id: 'S-INCONSISTENT',
			title: 'Down one for inconsistency',
			explanation: `Studies that disagree — I² above ${t.inconsistentAboveI2}% across ${inWords(t.inconsistentMinComparisons)} or more comparisons, or clear effects in opposite directions — lower the strength by one level.`
		},
		{
			id: 'S-IMPRECISE',
			title: 'Down one for imprecision',
			explanation: `Fewer than ${inWords(t.impreciseBelowParticipants)} people across the counted comparisons lower the strength by one level.`
		}
	] as const satisfies readonly StandardsRule[];
}

/** The effectiveness rules of the current standards, tried in order; the first that applies decides. */
export const effectivenessRules = effectivenessRulesOf(currentRatingStandards.thresholds);

/** The strength-of-evidence rules of the current standards: one starting level, then downgrades. */
export const strengthRules = strengthRulesOf(currentRatingStandards.thresholds);

/** The identifier of a rule of the Evidence Standards. */
export type RuleId =
	(typeof effectivenessRules)[number]['id'] | (typeof strengthRules)[number]['id'];

/** A rule that fired, with the sentence saying why, in the terms of this outcome. */
export interface RatingReason {
	ruleId: RuleId;
	text: string;
}

/** What the rating engine decides for one outcome, and why. */
export interface OutcomeRatingResult {
	effectiveness: Effectiveness;
	strength: Strength;
	/** The pooled effect of the eligible comparisons (REML), null when none are eligible. */
	pooled: PooledEffect | null;
	/** The metric the effects were pooled in. */
	metric: EffectMetric | null;
	/** Eligible comparisons, counting each sample once. */
	eligibleCount: number;
	/** Of those, comparisons from UK samples. */
	ukCount: number;
	/** Comparisons listed but not counted because they were rated low. */
	lowRatedCount: number;
	/** Participants across the eligible comparisons. */
	participants: number;
	/** What was pooled, one entry per sample, with its weight in the random-effects model. */
	counted: CountedComparison[];
	reasons: RatingReason[];
	standardsVersion: string;
}

/** One sample's contribution to a pooled result, as a forest plot shows it. */
export interface CountedComparison extends Effect {
	/** The contrasts merged into it (several outcomes measures of one sample count once). */
	contrastIds: string[];
	designRating: DesignRating;
	/** Share of the pooled result's weight, in percent. */
	weightPercent: number;
}

/** One eligible comparison, after merging contrasts from the same sample. */
interface CountedContrast extends Effect {
	contrastIds: string[];
	designRating: DesignRating;
	participants: number;
	uk: boolean;
}

/**
 * Rates one outcome from its contrasts by the Evidence Standards — the current ones unless told
 * otherwise: effectiveness by the first matching rule of {@link effectivenessRules}, strength by
 * {@link strengthRules}, with the reasons of every rule that fired. Contrasts (and standards) are
 * validated first; bad numbers throw a ZodError naming the field.
 * @example rateOutcome(contrasts).standardsVersion // '1.0.0'
 * @example
 * const stricter = { ...currentRatingStandards.thresholds, impreciseBelowParticipants: 350 };
 * rateOutcome(contrasts, { version: '1.1.0', thresholds: stricter }).standardsVersion // '1.1.0'
 */
export function rateOutcome(
	input: readonly Contrast[],
	standards: RatingStandards = currentRatingStandards
): OutcomeRatingResult {
	const { version, thresholds: t } = ratingStandardsSchema.parse(standards);
	const contrasts = z.array(contrastSchema).parse(input);
	const lowRatedCount = contrasts.filter((c) => c.designRating === 'low').length;
	const eligible = contrasts.filter((c) => c.designRating !== 'low');
	const metric = commonMetric(eligible);
	const counted = mergeSameSample(eligible, metric);
	const participants = counted.reduce((sum, c) => sum + c.participants, 0);
	const ukCount = counted.filter((c) => c.uk).length;
	const pooled = counted.length > 0 ? poolEffects(counted) : null;
	const significant = counted.map(significanceOf);
	const hasSignificantPositive = significant.includes('positive');
	const hasSignificantNegative = significant.includes('negative');

	const reasons: RatingReason[] = [];
	const effectiveness = decideEffectiveness();
	const strength = decideStrength();
	return {
		effectiveness,
		strength,
		pooled,
		metric: counted.length > 0 ? metric : null,
		eligibleCount: counted.length,
		ukCount,
		lowRatedCount,
		participants,
		counted: weighCounted(counted, pooled),
		reasons,
		standardsVersion: version
	};

	function decideEffectiveness(): Effectiveness {
		if (pooled === null) {
			reasons.push({
				ruleId: 'E-NONE',
				text:
					lowRatedCount > 0
						? `None of the ${lowRatedCount} comparisons was designed and carried out well enough to count.`
						: 'No comparisons have been coded for this outcome yet.'
			});
			return 'insufficient';
		}
		const interval = `${format(pooled.estimate)} (95% CI ${format(pooled.ciLower)} to ${format(pooled.ciUpper)})`;
		if (pooled.ciUpper < 0) {
			reasons.push({
				ruleId: 'E-HARM',
				text: `The pooled effect ${interval} is below zero throughout.`
			});
			return 'negative';
		}
		if (pooled.ciLower > 0) {
			if (
				counted.length >= t.consistentMinComparisons &&
				!hasSignificantNegative &&
				pooled.i2 <= t.consistentMaxI2
			) {
				reasons.push({
					ruleId: 'E-CONSISTENT',
					text: `The pooled effect ${interval} is above zero, across ${counted.length} comparisons that agree (I² ${pooled.i2.toFixed(0)}%) with none showing clear harm.`
				});
				return 'consistently-positive';
			}
			reasons.push({
				ruleId: 'E-POSITIVE',
				text: `The pooled effect ${interval} is above zero throughout.`
			});
			return 'tends-positive';
		}
		if (hasSignificantPositive || hasSignificantNegative) {
			const count = significant.filter((s) => s !== 'none').length;
			reasons.push({
				ruleId: 'E-CONFLICT',
				text: `The pooled effect ${interval} could be zero, yet ${count} of ${counted.length} comparisons found a clear effect.`
			});
			return 'mixed';
		}
		if (participants >= t.noEffectMinParticipants) {
			reasons.push({
				ruleId: 'E-NULL',
				text: `The pooled effect ${interval} could be zero and no comparison found a clear effect, across ${participants} participants.`
			});
			return 'no-effect';
		}
		reasons.push({
			ruleId: 'E-UNDERPOWERED',
			text: `The pooled effect ${interval} could be zero, but only ${participants} people took part: too few to tell.`
		});
		return 'insufficient';
	}

	function decideStrength(): Strength {
		const high = counted.filter((c) => c.designRating === 'high').length;
		const moderate = counted.length - high;
		let score: number;
		if (high >= 2) {
			score = 3;
			reasons.push({
				ruleId: 'S-START-HIGH',
				text: `${high} comparisons from independent samples were rated high.`
			});
		} else if (high === 1 || moderate >= 2) {
			score = 2;
			reasons.push({
				ruleId: 'S-START-MODERATE',
				text:
					high === 1
						? 'One comparison was rated high.'
						: `${moderate} comparisons were rated moderate.`
			});
		} else if (moderate === 1) {
			score = 1;
			reasons.push({ ruleId: 'S-START-LOW', text: 'A single comparison was rated moderate.' });
		} else {
			reasons.push({ ruleId: 'S-START-NONE', text: 'No comparison was rated high or moderate.' });
			return 'very-low';
		}
		const opposite = hasSignificantPositive && hasSignificantNegative;
		const disagree =
			pooled !== null &&
			counted.length >= t.inconsistentMinComparisons &&
			pooled.i2 > t.inconsistentAboveI2;
		if (opposite || disagree) {
			score = Math.max(0, score - 1);
			reasons.push({
				ruleId: 'S-INCONSISTENT',
				text: opposite
					? 'Comparisons found clear effects in opposite directions.'
					: `The comparisons disagree more than chance would explain (I² ${pooled?.i2.toFixed(0)}%).`
			});
		}
		if (participants < t.impreciseBelowParticipants) {
			score = Math.max(0, score - 1);
			reasons.push({
				ruleId: 'S-IMPRECISE',
				text: `Only ${participants} people took part in the counted comparisons (fewer than ${t.impreciseBelowParticipants}).`
			});
		}
		return strengthKeys[score] ?? 'very-low';
	}
}

/**
 * The metric effects are pooled in: the one they share, or the standardised mean difference when
 * SMDs and log odds ratios are mixed (converted by the logistic method). Log risk ratios cannot
 * be converted, so they must not be mixed with anything else.
 */
function commonMetric(contrasts: readonly Contrast[]): EffectMetric {
	const metrics = new Set(contrasts.map((c) => c.metric));
	if (metrics.size <= 1) return contrasts[0]?.metric ?? 'smd';
	if (!metrics.has('log-risk-ratio')) return 'smd';
	throw new RangeError(
		'Contrasts on one outcome mix log risk ratios with other metrics; code them in one metric.'
	);
}

/** Normalises direction (positive = favourable) and metric, then merges contrasts of one sample. */
function mergeSameSample(contrasts: readonly Contrast[], metric: EffectMetric): CountedContrast[] {
	const bySample = new Map<string, CountedContrast[]>();
	for (const contrast of contrasts) {
		const list = bySample.get(contrast.sampleId) ?? [];
		list.push(toCounted(contrast, metric));
		bySample.set(contrast.sampleId, list);
	}
	// One sample counts once: the mean effect with the mean variance (the conservative assumption
	// that its outcomes are perfectly correlated), at the weakest design rating among them.
	return [...bySample.values()].map((group) => ({
		contrastIds: group.flatMap((c) => c.contrastIds),
		yi: group.reduce((sum, c) => sum + c.yi, 0) / group.length,
		vi: group.reduce((sum, c) => sum + c.vi, 0) / group.length,
		designRating: group.some((c) => c.designRating === 'moderate') ? 'moderate' : 'high',
		participants: Math.max(...group.map((c) => c.participants)),
		uk: group.some((c) => c.uk)
	}));
}

function toCounted(contrast: Contrast, metric: EffectMetric): CountedContrast {
	const sign = contrast.favourableDirection === 'higher' ? 1 : -1;
	let effect: Effect = {
		yi: sign * contrast.effectSize,
		vi: contrast.variance ?? varianceFromInterval(contrast)
	};
	if (contrast.metric === 'log-odds-ratio' && metric === 'smd') effect = logOddsRatioToD(effect);
	return {
		...effect,
		contrastIds: [contrast.id],
		designRating: contrast.designRating,
		participants: contrast.treatmentN + contrast.comparisonN,
		uk: contrast.country === 'GB'
	};
}

function varianceFromInterval(contrast: Contrast): number {
	const width = (contrast.ciUpper ?? 0) - (contrast.ciLower ?? 0);
	return (width / (2 * z975)) ** 2;
}

/** Each sample's share of the random-effects weight, 1 / (vᵢ + τ²). */
function weighCounted(
	counted: CountedContrast[],
	pooled: PooledEffect | null
): CountedComparison[] {
	const tau2 = pooled?.tau2 ?? 0;
	const weights = counted.map((c) => 1 / (c.vi + tau2));
	const total = weights.reduce((sum, w) => sum + w, 0);
	return counted.map((c, i) => ({
		contrastIds: c.contrastIds,
		yi: c.yi,
		vi: c.vi,
		designRating: c.designRating,
		// Divide first: (100 × w) / w can round to just above 100, which no share may be.
		weightPercent: 100 * ((weights[i] ?? 0) / total)
	}));
}

/** Whether a comparison's own 95% CI excludes zero, and on which side. */
function significanceOf(effect: Effect): 'positive' | 'negative' | 'none' {
	const z = effect.yi / Math.sqrt(effect.vi);
	if (z > z975) return 'positive';
	if (z < -z975) return 'negative';
	return 'none';
}

function format(value: number): string {
	return value.toFixed(2).replace('-', '−');
}

/** A reviewer's replacement of a computed rating, with the reason shown publicly beside it. */
export type RatingOverride = z.infer<typeof ratingOverrideSchema>;
/** Validates a rating override: the justification must say why in at least 20 characters. */
export const ratingOverrideSchema = z.object({
	effectiveness: effectivenessSchema,
	strength: strengthSchema,
	justification: z
		.string()
		.trim()
		.min(20, 'Explain the override in at least 20 characters')
		.max(2000)
		.describe('Why the reviewer departed from the computed rating; shown publicly')
});

/** The rating readers see: the computed one, unless a reviewer stored an override. */
export interface PublishedRating {
	effectiveness: Effectiveness;
	strength: Strength;
	source: 'computed' | 'override';
	justification: string | null;
}

/**
 * The published rating of an outcome: computed, unless an override with justification is stored.
 * @example publishRating(rateOutcome(contrasts), null).source // 'computed'
 */
export function publishRating(
	computed: Pick<OutcomeRatingResult, 'effectiveness' | 'strength'>,
	override: RatingOverride | null
): PublishedRating {
	if (override === null) {
		return {
			effectiveness: computed.effectiveness,
			strength: computed.strength,
			source: 'computed',
			justification: null
		};
	}
	const valid = ratingOverrideSchema.parse(override);
	return { ...valid, source: 'override' };
}

/** The published description of the Evidence Standards: version and every rule, in order. */
export type EvidenceStandards = z.infer<typeof evidenceStandardsSchema>;

const standardsRuleSchema = z.object({
	id: z.string().describe('Stable identifier, e.g. E-POSITIVE'),
	title: z.string(),
	explanation: z.string().describe('When the rule applies and what it does, in plain English')
});

/** Validates the published description of the Evidence Standards. */
export const evidenceStandardsSchema = z.object({
	version: z.string().describe('Version of the rules; every published rating records it'),
	effectivenessRules: z
		.array(standardsRuleSchema)
		.describe('Tried in order; the first that applies decides'),
	strengthRules: z.array(standardsRuleSchema).describe('One starting level, then downgrades')
});

/**
 * The Evidence Standards as the public "Our ratings explained" page and API consumers see them:
 * the same rule metadata the engine runs, with the thresholds of these standards (the current ones
 * unless told otherwise).
 * @example describeEvidenceStandards().version // '1.0.0'
 */
export function describeEvidenceStandards(
	standards: RatingStandards = currentRatingStandards
): EvidenceStandards {
	const { version, thresholds } = ratingStandardsSchema.parse(standards);
	return {
		version,
		effectivenessRules: [...effectivenessRulesOf(thresholds)],
		strengthRules: [...strengthRulesOf(thresholds)]
	};
}
