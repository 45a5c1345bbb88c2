import { changesPublishedRating, type RatingChange } from '@whatworks/domain';
import type { ratingSnapshots } from '../schema/index.js';

/** The columns of a rating snapshot the public change log shows. */
export const changeLogColumns = {
	id: true,
	outcomeRatingId: true,
	ratedAt: true,
	effectiveness: true,
	strength: true,
	source: true,
	standardsVersion: true,
	changeNote: true
} as const;

type Snapshot = Pick<typeof ratingSnapshots.$inferSelect, keyof typeof changeLogColumns>;

/**
 * The published rating changes of the outcomes, newest first, each with the rating it replaced
 * and, when it came from republishing under new standards, the reviewer's change note. A
 * snapshot that only records a new standards version, the rating unchanged, is not a change.
 * Each outcome comes with its snapshots, oldest first.
 */
export function ratingChangesOf(
	outcomes: readonly { id: number; outcome: string; snapshots: readonly Snapshot[] }[]
): RatingChange[] {
	const names = new Map(outcomes.map((outcome) => [outcome.id, outcome.outcome]));
	const last = new Map<number, Snapshot>();
	const changes: RatingChange[] = [];
	const snapshots = outcomes
		.flatMap((outcome) => outcome.snapshots)
		.sort((a, b) => a.ratedAt.getTime() - b.ratedAt.getTime() || a.id - b.id);
	for (const snapshot of snapshots) {
		const previous = last.get(snapshot.outcomeRatingId) ?? null;
		last.set(snapshot.outcomeRatingId, snapshot);
		if (previous && !changesPublishedRating(previous, snapshot)) continue;
		changes.push({
			outcome: names.get(snapshot.outcomeRatingId) ?? '',
			date: snapshot.ratedAt.toISOString().slice(0, 10),
			effectiveness: snapshot.effectiveness,
			strength: snapshot.strength,
			previous: previous && { effectiveness: previous.effectiveness, strength: previous.strength },
			source: snapshot.source,
			standardsVersion: snapshot.standardsVersion,
			note: snapshot.changeNote
		});
	}
	return changes.reverse();
}
