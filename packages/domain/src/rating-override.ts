import { z } from 'zod';
import type { OutcomeRatingResult } from './evidence-standards.js';
import {
	effectivenessSchema,
	strengthSchema,
	type Effectiveness,
	type Strength
} from './ratings.js';

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
