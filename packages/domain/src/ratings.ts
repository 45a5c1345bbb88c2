import { z } from 'zod';

/**
 * How effective an intervention is on one outcome, best first.
 * Keys are stable identifiers for URLs, exports and the API.
 * @example effectivenessKeys.includes('mixed') // true
 */
export const effectivenessKeys = [
	'consistently-positive',
	'tends-positive',
	'mixed',
	'no-effect',
	'negative',
	'insufficient'
] as const;

/** One effectiveness rating key. */
export type Effectiveness = z.infer<typeof effectivenessSchema>;
/** Validates an effectiveness rating key. */
export const effectivenessSchema = z
	.enum(effectivenessKeys)
	.describe('How effective the intervention is at achieving the outcome');

/** What a reader sees for an effectiveness rating: label, the stem of the headline sentence, a description and an icon. */
export interface EffectivenessLevel {
	/** Short label for badges and tables. */
	readonly label: string;
	/** Verb phrase completing "{Intervention} … {outcome}." */
	readonly stem: string;
	/** One plain-English sentence for tooltips and the ratings page. */
	readonly description: string;
	/** A text glyph shown beside the label, so the rating is never told by colour alone. */
	readonly icon: string;
}

/**
 * The effectiveness scale of Evidence Standards v1, in the order of {@link effectivenessKeys}.
 * @example effectivenessScale['tends-positive'].label // 'Tended to be positive'
 */
export const effectivenessScale = {
	'consistently-positive': {
		label: 'Consistently positive',
		stem: 'consistently showed a positive effect on',
		description:
			'Every well-designed study found a benefit, and the studies agree with each other.',
		icon: '▲▲'
	},
	'tends-positive': {
		label: 'Tended to be positive',
		stem: 'tended to show a positive effect on',
		description: 'Taken together the studies show a benefit, though not every study found one.',
		icon: '▲'
	},
	mixed: {
		label: 'Mixed',
		stem: 'showed mixed effects on',
		description:
			'Some studies found a clear effect and others did not, so the overall picture is unclear.',
		icon: '◆'
	},
	'no-effect': {
		label: 'No effect',
		stem: 'tended to show no effect on',
		description: 'Studies large enough to detect a difference did not find one.',
		icon: '●'
	},
	negative: {
		label: 'Negative',
		stem: 'tended to show a negative effect on',
		description: 'Taken together the studies show that outcomes got worse.',
		icon: '▼'
	},
	insufficient: {
		label: 'Not enough evidence',
		stem: 'has not been evaluated well enough to rate its effect on',
		description: 'There are too few well-designed studies, or they are too small, to say.',
		icon: '?'
	}
} as const satisfies Record<Effectiveness, EffectivenessLevel>;

/**
 * How confident we can be in a finding, weakest first. The position in the tuple is the
 * numeric score (0–3) the original Evidence Store published.
 * @example strengthKeys.indexOf('moderate') // 2
 */
export const strengthKeys = ['very-low', 'low', 'moderate', 'high'] as const;

/** One strength-of-evidence key. */
export type Strength = z.infer<typeof strengthSchema>;
/** Validates a strength-of-evidence key. */
export const strengthSchema = z
	.enum(strengthKeys)
	.describe(
		'How confident we can be about the finding, from the design and conduct of the studies'
	);

/** What a reader sees for a strength-of-evidence rating. */
export interface StrengthLevel {
	/** The numeric score, 0 (very low) to 3 (high). */
	readonly score: 0 | 1 | 2 | 3;
	/** Short label for badges and tables. */
	readonly label: string;
	/** One plain-English sentence for tooltips and the ratings page. */
	readonly description: string;
	/** Filled and empty pips, read as "score out of 3". */
	readonly icon: string;
}

/**
 * The strength-of-evidence scale of Evidence Standards v1.
 * @example strengthScale.high.score // 3
 */
export const strengthScale = {
	'very-low': {
		score: 0,
		label: 'Very low',
		description:
			'We cannot be confident in the finding: the studies are few, small or poorly controlled.',
		icon: '○○○'
	},
	low: {
		score: 1,
		label: 'Low',
		description: 'The finding rests on one reasonably designed study or on weaker designs.',
		icon: '●○○'
	},
	moderate: {
		score: 2,
		label: 'Moderate',
		description:
			'The finding rests on at least one well-run trial or several reasonably designed studies.',
		icon: '●●○'
	},
	high: {
		score: 3,
		label: 'High',
		description: 'Several well-run trials with independent samples agree on the finding.',
		icon: '●●●'
	}
} as const satisfies Record<Strength, StrengthLevel>;

/**
 * The strength key for a numeric score as the original Evidence Store published it (0–3).
 * @example strengthFromScore(2) // 'moderate'
 */
export function strengthFromScore(score: number): Strength {
	const key = strengthKeys[score];
	if (!Number.isInteger(score) || key === undefined) {
		throw new RangeError(`Strength of evidence must be a whole number from 0 to 3, got ${score}`);
	}
	return key;
}

/**
 * Reads the original Evidence Store's effectiveness score ("N (maximum 2)" or "mixed")
 * onto our scale: 2 of 2 is consistently positive, 1 of 2 tends positive, 0 of 2 no effect.
 * @example effectivenessFromPublished('mixed') // 'mixed'
 */
export function effectivenessFromPublished(score: 0 | 1 | 2 | 'mixed'): Effectiveness {
	switch (score) {
		case 2:
			return 'consistently-positive';
		case 1:
			return 'tends-positive';
		case 0:
			return 'no-effect';
		case 'mixed':
			return 'mixed';
	}
}
