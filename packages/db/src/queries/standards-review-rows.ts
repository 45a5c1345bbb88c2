import type { OutcomeRatingResult, PendingRatingChange, PublishedRating } from '@whatworks/domain';
import type { StoredContrast } from './contrast-rows.js';
import type { LastSnapshot } from './ratings.js';

// Row mappers of the standards review: pending ratings in, the domain's list of changes out.

/** A published rating whose last snapshot is under other standards, rated again under these. */
export interface PendingRating {
	outcomeRatingId: number;
	intervention: { slug: string; name: string };
	outcome: string;
	last: LastSnapshot & { id: number };
	/** The contrasts it was rated from again. */
	contrasts: readonly StoredContrast[];
	result: OutcomeRatingResult;
	published: PublishedRating;
}

/** A pending rating as a change the dry run lists: from its last snapshot to what it publishes. */
export function toPendingChange(rating: PendingRating): PendingRatingChange {
	return {
		outcomeRatingId: rating.outcomeRatingId,
		intervention: rating.intervention,
		outcome: rating.outcome,
		from: {
			effectiveness: rating.last.effectiveness,
			strength: rating.last.strength,
			source: rating.last.source,
			standardsVersion: rating.last.standardsVersion
		},
		to: {
			effectiveness: rating.published.effectiveness,
			strength: rating.published.strength,
			source: rating.published.source,
			standardsVersion: rating.result.standardsVersion
		},
		reasons: rating.result.reasons
	};
}
