import { z } from 'zod';
import { logOddsRatioToD, type Effect } from './effect-size.js';
import { poolEffects, type PooledEffect } from './meta-analysis.js';
import { strengthKeys, type Effectiveness, type Strength } from './ratings.js';
import { z975 } from './statistics/distributions.js';
import { contrastSchema, type Contrast, type DesignRating, type EffectMetric } from './study.js';
import {
	currentRatingStandards,
	ratingStandardsSchema,
	type RatingReason,
	type RatingStandards
} from './rating-standards.js';

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
				text: noneCounted(lowRatedCount)
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

/** Why nothing was pooled: nothing coded yet, or every comparison rated low (one said as one). */
function noneCounted(lowRatedCount: number): string {
	if (lowRatedCount === 0) return 'No comparisons have been coded for this outcome yet.';
	if (lowRatedCount === 1) {
		return 'The one comparison was not designed and carried out well enough to count.';
	}
	return `None of the ${lowRatedCount} comparisons was designed and carried out well enough to count.`;
}

function format(value: number): string {
	return value.toFixed(2).replace('-', '−');
}
