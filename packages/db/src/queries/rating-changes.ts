import type { RatingChange } from '@whatworks/domain';
import { asc, inArray } from 'drizzle-orm';
import type { Database } from '../client.js';
import { ratingSnapshots, type outcomeRatings } from '../schema/index.js';

/** The published rating changes of the outcomes, newest first, each with the rating it replaced. */
export async function findRatingChanges(
	db: Database,
	outcomes: readonly Pick<typeof outcomeRatings.$inferSelect, 'id' | 'outcome'>[]
): Promise<RatingChange[]> {
	if (outcomes.length === 0) return [];
	const names = new Map(outcomes.map((outcome) => [outcome.id, outcome.outcome]));
	const snapshots = await db
		.select()
		.from(ratingSnapshots)
		.where(inArray(ratingSnapshots.outcomeRatingId, [...names.keys()]))
		.orderBy(asc(ratingSnapshots.ratedAt), asc(ratingSnapshots.id));
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
