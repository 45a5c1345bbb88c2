import {
	buildHeadline,
	filedUnderWords,
	topicKeys,
	type AgeRange,
	type InterventionContent,
	type InterventionSummary,
	type OutcomeDomain,
	type OutcomeRating,
	type Topic
} from '@whatworks/domain';
import type { outcomeRatings } from '../schema/index.js';
import type { InterventionRow } from './interventions.js';

// Row mappers of the Evidence Store: database rows in, domain types out (and back), no queries.

type OutcomeRatingRow = typeof outcomeRatings.$inferSelect;

const topicOrder = new Map(topicKeys.map((key, index) => [key, index]));

/** Filed topics in the domain's order, whatever order they were filed in. */
export function inTopicOrder<Row extends { topic: Topic }>(filed: Row[]): Row[] {
	return filed.sort((a, b) => (topicOrder.get(a.topic) ?? 0) - (topicOrder.get(b.topic) ?? 0));
}

/** What an index entry shows of an outcome rating. */
export type RatingRow = Pick<
	OutcomeRatingRow,
	'outcome' | 'domain' | 'effectiveness' | 'strength' | 'studyCount' | 'ukStudyCount' | 'source'
>;

/** An intervention row as an index entry reads it, with its topics and outcome ratings. */
export type SummaryRow = Pick<
	InterventionRow,
	| 'slug'
	| 'name'
	| 'alsoKnownAs'
	| 'summary'
	| 'ageMin'
	| 'ageMax'
	| 'costBand'
	| 'evidenceLastReviewed'
	| 'pageUpdated'
> & { topics: Topic[]; ratings: RatingRow[] };

/** A row with its topics and outcome ratings as an index entry of the Evidence Store. */
export function toSummary(row: SummaryRow): InterventionSummary {
	return {
		slug: row.slug,
		name: row.name,
		// A copy: the search index keeps its rows, and a caller may change what it is given.
		alsoKnownAs: [...row.alsoKnownAs],
		summary: row.summary,
		topics: inTopicOrder(row.topics.map((topic) => ({ topic }))).map((filed) => filed.topic),
		ageRange: ageRangeOf(row),
		costBand: row.costBand,
		outcomes: row.ratings.map((rating) => toOutcomeRating(row.name, rating)),
		evidenceLastReviewed: row.evidenceLastReviewed,
		pageUpdated: row.pageUpdated
	};
}

/**
 * The columns an intervention's content fills, the way back from `toSummary`: its descriptive
 * fields, and the words of its topics and outcomes that search reads beside them.
 */
export function interventionRowOf(
	content: Pick<
		InterventionContent,
		| 'slug'
		| 'name'
		| 'alsoKnownAs'
		| 'summary'
		| 'description'
		| 'ageRange'
		| 'costBand'
		| 'emmie'
		| 'sourceReview'
		| 'topics'
	> & { outcomes: readonly { outcome: string; domain: OutcomeDomain }[] }
) {
	return {
		slug: content.slug,
		name: content.name,
		alsoKnownAs: content.alsoKnownAs,
		summary: content.summary,
		description: content.description,
		ageMin: content.ageRange?.min ?? null,
		ageMax: content.ageRange?.max ?? null,
		costBand: content.costBand,
		emmie: content.emmie,
		sourceReview: content.sourceReview,
		filedUnderWords: filedUnderWords(content)
	};
}

/** The row's ages as a range; null unless both ends are known. */
export function ageRangeOf(row: Pick<InterventionRow, 'ageMin' | 'ageMax'>): AgeRange | null {
	return row.ageMin === null || row.ageMax === null ? null : { min: row.ageMin, max: row.ageMax };
}

/** An outcome rating's row with the headline readers see. */
export function toOutcomeRating(interventionName: string, row: RatingRow): OutcomeRating {
	return {
		outcome: row.outcome,
		domain: row.domain,
		effectiveness: row.effectiveness,
		strength: row.strength,
		studyCount: row.studyCount,
		ukStudyCount: row.ukStudyCount,
		source: row.source,
		headline: buildHeadline({
			interventionName,
			outcomeName: row.outcome,
			effectiveness: row.effectiveness,
			strength: row.strength,
			studyCount: row.studyCount,
			ukStudyCount: row.ukStudyCount
		})
	};
}
