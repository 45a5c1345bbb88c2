import { effectivenessKeys, outcomeDomainKeys, strengthKeys, type Topic } from '@whatworks/domain';
import type { SummaryRow } from '../queries/intervention-rows.js';
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
	/** 1 where an outcome has a UK study. */
	readonly #evaluatedInUk: Uint8Array;
	/** Every entry's outcome ratings as `ratingCode`s, in entry order. */
	readonly #ratingCodes: number[] = [];
	/** Where each entry's ratings begin in `ratingCodes`, and where the last entry's end. */
	readonly #ratingStarts: Int32Array;

	constructor(count: number) {
		this.#ageMins = new Float64Array(count);
		this.#ageMaxes = new Float64Array(count);
		this.#evaluatedInUk = new Uint8Array(count);
		this.#ratingStarts = new Int32Array(count + 1);
	}

	/** Adds the entries in order, from 0. */
	addEntry(entry: number, row: FilteredRow): void {
		this.#costBands[entry] = row.costBand;
		this.#ageMins[entry] = row.ageMin ?? Number.NaN;
		this.#ageMaxes[entry] = row.ageMax ?? Number.NaN;
		for (const topic of row.topics) {
			let filed = this.#topics.get(topic);
			if (!filed) this.#topics.set(topic, (filed = new Uint8Array(this.#ageMins.length)));
			filed[entry] = 1;
		}
		this.#ratingStarts[entry] = this.#ratingCodes.length;
		for (const rating of row.ratings) {
			this.#ratingCodes.push(ratingCode(rating));
			if ((rating.ukStudyCount ?? 0) > 0) this.#evaluatedInUk[entry] = 1;
		}
		this.#ratingStarts[entry + 1] = this.#ratingCodes.length;
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
			conditions.push((entry) => (this.#evaluatedInUk[entry] === 1) === evaluatedInUk);
		}
		if (domain || effectiveness || minStrength) {
			// One outcome meeting every outcome filter at once (`ratedOn`).
			const wanted = ratingCode({ domain, effectiveness, strength: minStrength });
			const codes = this.#ratingCodes;
			const starts = this.#ratingStarts;
			conditions.push((entry) => {
				for (let at = starts[entry] as number; at < (starts[entry + 1] as number); at++) {
					const code = codes[at] as number;
					if (
						(!domain || (code & domainMask) === (wanted & domainMask)) &&
						(!effectiveness || (code & effectivenessMask) === (wanted & effectivenessMask)) &&
						(code & strengthMask) >= (wanted & strengthMask)
					) {
						return true;
					}
				}
				return false;
			});
		}
		return (entry) => conditions.every((condition) => condition(entry));
	}
}

// A rating packed in one number, so a filter compares numbers: its strength's rank in the low
// eight bits, its effectiveness in the next eight, its domain above; each counted from 1 in the
// domain's order of keys, 0 for a value it does not know (which no filter asks for, as in SQL),
// or for none asked.
const strengthMask = 0xff;
const effectivenessMask = 0xff00;
const domainMask = 0xff0000;

function ratingCode(rating: {
	domain?: string | undefined;
	effectiveness?: string | undefined;
	strength?: string | undefined;
}): number {
	const rank = (keys: readonly string[], key: string | undefined) =>
		key === undefined ? 0 : keys.indexOf(key) + 1;
	return (
		(rank(outcomeDomainKeys, rating.domain) << 16) |
		(rank(effectivenessKeys, rating.effectiveness) << 8) |
		rank(strengthKeys, rating.strength)
	);
}
