import { z } from 'zod';
import { formatCount } from './rounding.js';

/*
 * The Evidence Standards as versioned rules: the thresholds a version sets, the rules in the
 * words readers see, and their published description. The engine that applies them to an
 * outcome's contrasts is `rateOutcome` (evidence-standards.ts).
 */

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

/**
 * A count as the rules' explanations write it: in words up to nine, in figures above, with commas
 * between thousands (these rules are written as the module loads).
 */
function inWords(count: number): string {
	return numberWords[count] ?? formatCount(count);
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
