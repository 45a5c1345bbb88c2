import { asc, desc } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import type { Database } from '../client.js';
import { ratingSnapshots } from '../schema/index.js';

/**
 * Each outcome's last rating snapshot — its published rating as it stands — with the columns
 * asked for, as a subquery named `latest` to join on `outcomeRatingId`.
 * @example db.select().from(outcomeRatings).innerJoin(latest, eq(latest.outcomeRatingId, outcomeRatings.id))
 */
export function latestSnapshots<Fields extends SelectedFields>(db: Database, fields: Fields) {
	return db
		.selectDistinctOn([ratingSnapshots.outcomeRatingId], {
			...fields,
			outcomeRatingId: ratingSnapshots.outcomeRatingId
		})
		.from(ratingSnapshots)
		.orderBy(
			asc(ratingSnapshots.outcomeRatingId),
			desc(ratingSnapshots.ratedAt),
			desc(ratingSnapshots.id)
		)
		.as('latest');
}
