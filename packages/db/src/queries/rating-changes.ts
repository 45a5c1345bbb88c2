import type { RatingChange } from '@whatworks/domain';
import type { ratingSnapshots } from '../schema/index.js';

/** The columns of a rating snapshot the public change log shows. */
export const changeLogColumns = {
	id: true,
	outcomeRatingId: true,
	ratedAt: true,
	effectiveness: true,
	strength: true,
	source: true,
	standardsVersion: true
} as const;

type Snapshot = Pick<typeof ratingSnapshots.$inferSelect, keyof typeof changeLogColumns>;

/**
 * The published rating changes of the outcomes, newest first, each with the rating it replaced.
 * Each outcome comes with its snapshots, oldest first.
 */
export function ratingChangesOf(
	outcomes: readonly { id: number; outcome: string; snapshots: readonly Snapshot[] }[]
): RatingChange[] {
	const names = new Map(outcomes.map((outcome) => [outcome.id, outcome.outcome]));
	const snapshots = outcomes
		.flatMap((outcome) => outcome.snapshots)
		.sort((a, b) => a.ratedAt.getTime() - b.ratedAt.getTime() || a.id - b.id);
	const last = new Map<number, RatingChange['previous']>();
	const changes = snapshots.map((snapshot): RatingChange => {
		const previous = last.get(snapshot.outcomeRatingId) ?? null;
		last.set(snapshot.outcomeRatingId, {
			effectiveness: snapshot.effectiveness,
			strength: snapshot.strength
		});
		return {
			outcome: names.get(snapshot.outcomeRatingId) ?? '',
			date: snapshot.ratedAt.toISOString().slice(0, 10),
			effectiveness: snapshot.effectiveness,
			strength: snapshot.strength,
			previous,
			source: snapshot.source,
			standardsVersion: snapshot.standardsVersion
		};
	});
	return changes.reverse();
}
