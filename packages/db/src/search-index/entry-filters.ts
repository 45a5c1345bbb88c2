import { strengthKeys, type Topic } from '@whatworks/domain';
import type { RatingRow, SummaryRow } from '../queries/intervention-rows.js';
import type { InterventionSearchParams } from '../queries/search.js';

/** What the filters read of an entry: a row as a hit shows it has all of it. */
type FilteredRow = Pick<SummaryRow, 'costBand' | 'ageMin' | 'ageMax' | 'topics' | 'ratings'>;

/**
 * What the Evidence Store's filters ask of each entry (numbered from 0), gathered as the entries
 * are read: its cost band, ages, topics and outcome ratings. Answers as the SQL conditions do,
 * unknown values included.
 */
export class EntryFilters {
	readonly #costBands: string[] = [];
	/** NaN where unknown, which no comparison holds for, as null in SQL. */
	readonly #ageMins: Float64Array;
	readonly #ageMaxes: Float64Array;
	readonly #topics = new Map<Topic, Uint8Array>();
	/** Each entry's outcome ratings: its row's own list, not a copy. */
	readonly #ratings: RatingRow[][] = [];

	constructor(count: number) {
		this.#ageMins = new Float64Array(count);
		this.#ageMaxes = new Float64Array(count);
	}

	addEntry(entry: number, row: FilteredRow): void {
		this.#costBands[entry] = row.costBand;
		this.#ageMins[entry] = row.ageMin ?? Number.NaN;
		this.#ageMaxes[entry] = row.ageMax ?? Number.NaN;
		for (const topic of row.topics) {
			let filed = this.#topics.get(topic);
			if (!filed) this.#topics.set(topic, (filed = new Uint8Array(this.#ageMins.length)));
			filed[entry] = 1;
		}
		this.#ratings[entry] = row.ratings;
	}

	/** The filters asked for, as one condition on an entry. */
	conditionOf(input: InterventionSearchParams): (entry: number) => boolean {
		const conditions: ((entry: number) => boolean)[] = [];
		const { topic, costBand, age, evaluatedInUk, domain, effectiveness, minStrength } = input;
		if (topic) {
			const filed = this.#topics.get(topic);
			conditions.push((entry) => filed?.[entry] === 1);
		}
		if (costBand) conditions.push((entry) => this.#costBands[entry] === costBand);
		if (age !== undefined) {
			conditions.push(
				(entry) =>
					(this.#ageMins[entry] as number) <= age && (this.#ageMaxes[entry] as number) >= age
			);
		}
		if (evaluatedInUk !== undefined) {
			// An outcome with a UK study, or none.
			conditions.push(
				(entry) =>
					this.#ratingsOf(entry).some((rating) => (rating.ukStudyCount ?? 0) > 0) === evaluatedInUk
			);
		}
		if (domain || effectiveness || minStrength) {
			// One outcome meeting every outcome filter at once (`ratedOn`).
			const least = minStrength ? strengthKeys.indexOf(minStrength) : -1;
			conditions.push((entry) =>
				this.#ratingsOf(entry).some(
					(rating) =>
						(!domain || rating.domain === domain) &&
						(!effectiveness || rating.effectiveness === effectiveness) &&
						strengthKeys.indexOf(rating.strength) >= least
				)
			);
		}
		return (entry) => conditions.every((condition) => condition(entry));
	}

	#ratingsOf(entry: number): RatingRow[] {
		return this.#ratings[entry] ?? [];
	}
}
