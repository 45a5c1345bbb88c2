import { roundEvidenceRecord, type EvidenceRecord } from '@whatworks/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../client.js';
import { interventions, outcomeRatings, ratingSnapshots } from '../schema/index.js';
import { isLive } from './interventions.js';
import { latestSnapshots } from './latest-snapshots.js';

/**
 * Every published outcome rating with the pooled result of its latest snapshot: the rows of the
 * open data downloads, by intervention name and then in page order, their numbers rounded as the
 * open data publishes them.
 */
export async function listEvidenceRecords(db: Database): Promise<EvidenceRecord[]> {
	const latest = latestSnapshots(db, {
		standardsVersion: ratingSnapshots.standardsVersion,
		metric: ratingSnapshots.metric,
		pooled: ratingSnapshots.pooled
	});
	const rows = await db
		.select({
			intervention: interventions.name,
			slug: interventions.slug,
			lastReviewed: interventions.evidenceLastReviewed,
			rating: outcomeRatings,
			standardsVersion: latest.standardsVersion,
			metric: latest.metric,
			pooled: latest.pooled
		})
		.from(outcomeRatings)
		.innerJoin(interventions, and(eq(interventions.id, outcomeRatings.interventionId), isLive))
		.leftJoin(latest, eq(latest.outcomeRatingId, outcomeRatings.id))
		.orderBy(asc(interventions.name), asc(interventions.id), asc(outcomeRatings.position));
	return rows.map((row) =>
		roundEvidenceRecord({
			intervention: row.intervention,
			intervention_slug: row.slug,
			outcome: row.rating.outcome,
			outcome_domain: row.rating.domain,
			effectiveness: row.rating.effectiveness,
			strength: row.rating.strength,
			studies: row.rating.studyCount,
			uk_studies: row.rating.ukStudyCount,
			metric: row.metric,
			pooled_estimate: row.pooled?.estimate ?? null,
			pooled_ci_lower: row.pooled?.ciLower ?? null,
			pooled_ci_upper: row.pooled?.ciUpper ?? null,
			standards_version: row.standardsVersion,
			last_reviewed: row.lastReviewed,
			source: row.rating.source
		})
	);
}
