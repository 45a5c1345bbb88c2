import { strengthKeys, type Strength, type Topic } from '@whatworks/domain';
import { and, asc, gt, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { readContentVersion } from '../content-version.js';
import { isLive } from '../queries/interventions.js';
import { rarityScale } from '../queries/search-query.js';
import type { InterventionSearchParams } from '../queries/search.js';
import { interventions, interventionTopics, outcomeRatings } from '../schema/index.js';
import { LexiconBuilder, type Lexicon } from './lexicon.js';
import { placesMatched } from './places-matched.js';
import { rankEntries, rankQueryOf } from './ts-rank.js';
import type { QueryNode } from './tsquery-text.js';
import { forEachLexeme } from './tsvector-text.js';
import { topOf } from './top-of.js';

/** Search words as Postgres read them (`readSearchWords`): each term's query, and the rest. */
export interface ReadWords {
	/** Each term's query, with its synonyms and spellings. */
	terms: QueryNode[];
	/** Any term: what ranking reads (`ts_rank`); matches nothing when there are only excluded words. */
	anyTerm: QueryNode;
	/** The excluded words, if any. */
	excluded: QueryNode | null;
}

/** The weight of a term by where it matched, indexed by `Place`: not, elsewhere, summary, names. */
const placeWeights = [0, 0.25, 0.5, 1];

/** Page orders precomputed by Postgres, so that names sort by the database's own collation. */
type Order = 'byName' | 'byStrength' | 'byReviewed';

/**
 * The live Evidence Store entries as search reads them, for one content version: the words of
 * each one's search vector (an inverted index), what the filters ask of it, and its place in each
 * order a page may be sorted by. It finds, filters, ranks, counts and pages exactly as the SQL
 * search does (`search-index.test.ts` holds them to it), in memory: a page then only reads its
 * own rows. Built from one state of the store (nothing published while it was read), so it is
 * right for `version` and no other.
 */
export class SearchIndex {
	readonly version: string;
	readonly #ids: Int32Array;
	readonly #lexicon: Lexicon;
	readonly #costBands: string[];
	readonly #ageMins: Float64Array;
	readonly #ageMaxes: Float64Array;
	readonly #topics: Map<Topic, Uint8Array>;
	readonly #ratings: RatingsOf;
	readonly #orders: Record<Order, Int32Array>;
	/** Each entry's place by name, for the last tie-break of a ranking. */
	readonly #nameRanks: Int32Array;

	private constructor(parts: {
		version: string;
		ids: Int32Array;
		lexicon: Lexicon;
		costBands: string[];
		ageMins: Float64Array;
		ageMaxes: Float64Array;
		topics: Map<Topic, Uint8Array>;
		ratings: RatingsOf;
		orders: Record<Order, Int32Array>;
	}) {
		this.version = parts.version;
		this.#ids = parts.ids;
		this.#lexicon = parts.lexicon;
		this.#costBands = parts.costBands;
		this.#ageMins = parts.ageMins;
		this.#ageMaxes = parts.ageMaxes;
		this.#topics = parts.topics;
		this.#ratings = parts.ratings;
		this.#orders = parts.orders;
		this.#nameRanks = new Int32Array(parts.ids.length);
		parts.orders.byName.forEach((entry, rank) => (this.#nameRanks[entry] = rank));
	}

	/**
	 * Reads every live entry, a chunk at a time (between chunks other queries run, which matters
	 * on PGlite's one thread), between two readings of the content version. Null when they
	 * differ (something was published meanwhile, and the chunks may disagree), or when `stopped`
	 * says so between chunks (the database is closing).
	 */
	static async build(
		db: Database,
		{ entriesPerRead = 1000, stopped = () => false }: BuildOptions = {}
	): Promise<SearchIndex | null> {
		const before = await readContentVersion(db);
		const ordered = await db
			.select({ id: interventions.id, ...orderColumns })
			.from(interventions)
			.where(isLive)
			.orderBy(asc(interventions.id));
		const count = ordered.length;
		const entryOf = new Map(ordered.map((row, entry) => [row.id, entry]));
		const lexicon = new LexiconBuilder();
		const costBands: string[] = [];
		const ageMins = new Float64Array(count);
		const ageMaxes = new Float64Array(count);
		for (let entry = 0; entry < count;) {
			const chunk = await db
				.select({
					id: interventions.id,
					vector: sql<string>`${interventions.searchVector}::text`,
					costBand: interventions.costBand,
					ageMin: interventions.ageMin,
					ageMax: interventions.ageMax
				})
				.from(interventions)
				.where(
					entry === 0 ? isLive : and(isLive, gt(interventions.id, ordered[entry - 1]?.id ?? 0))
				)
				.orderBy(asc(interventions.id))
				.limit(entriesPerRead);
			if (chunk.length === 0) return null;
			// PGlite answers within the same turn of the event loop: let requests in between chunks.
			await new Promise((resolve) => setImmediate(resolve));
			if (stopped()) return null;
			for (const row of chunk) {
				if (ordered[entry]?.id !== row.id) return null;
				forEachLexeme(row.vector, (lexeme, positions) => lexicon.add(entry, lexeme, positions));
				costBands.push(row.costBand);
				// NaN where unknown, which no comparison holds for, as null in SQL.
				ageMins[entry] = row.ageMin ?? Number.NaN;
				ageMaxes[entry] = row.ageMax ?? Number.NaN;
				entry++;
			}
		}
		const topicRows = await db
			.select({ id: interventionTopics.interventionId, topic: interventionTopics.topic })
			.from(interventionTopics);
		const ratingRows = await db
			.select({
				id: outcomeRatings.interventionId,
				domain: outcomeRatings.domain,
				effectiveness: outcomeRatings.effectiveness,
				strength: outcomeRatings.strength,
				ukStudyCount: outcomeRatings.ukStudyCount
			})
			.from(outcomeRatings);
		if ((await readContentVersion(db)) !== before) return null;
		const topics = new Map<Topic, Uint8Array>();
		for (const { id, topic } of topicRows) {
			const entry = entryOf.get(id);
			if (entry === undefined) continue;
			let filed = topics.get(topic);
			if (!filed) topics.set(topic, (filed = new Uint8Array(count)));
			filed[entry] = 1;
		}
		const orders = Object.fromEntries(
			(Object.keys(orderColumns) as Order[]).map((order) => {
				const entries = new Int32Array(count);
				ordered.forEach((row, entry) => (entries[row[order] - 1] = entry));
				return [order, entries];
			})
		) as Record<Order, Int32Array>;
		return new SearchIndex({
			version: before,
			ids: Int32Array.from(ordered, (row) => row.id),
			lexicon: lexicon.build(),
			costBands,
			ageMins,
			ageMaxes,
			topics,
			ratings: ratingsOf(ratingRows, entryOf, count),
			orders
		});
	}

	/**
	 * The ids on the page asked for, in order, and how many entries were found in all — as the
	 * SQL search finds them (`searchInSql`), given its words as Postgres read them.
	 */
	find(input: InterventionSearchParams, words: ReadWords | null): { ids: number[]; total: number } {
		const count = this.#ids.length;
		const termPlaces = words?.terms.map((term) => placesMatched(this.#lexicon, term, count)) ?? [];
		const excluded = words?.excluded ? placesMatched(this.#lexicon, words.excluded, count) : null;
		const matched = new Uint8Array(count).fill(termPlaces.length > 0 ? 0 : 1);
		for (const places of termPlaces) {
			for (let entry = 0; entry < count; entry++) if (places[entry] !== 0) matched[entry] = 1;
		}
		const filters = this.#filtersOf(input);
		const found: number[] = [];
		for (let entry = 0; entry < count; entry++) {
			if (matched[entry] === 1 && !(excluded && excluded[entry] !== 0) && filters(entry)) {
				found.push(entry);
			}
		}
		const first = (input.page - 1) * input.pageSize;
		if (first >= found.length) return { ids: [], total: found.length };
		const onPage =
			words && input.sort === 'relevance' && termPlaces.length > 0
				? this.#byRelevance(found, termPlaces, words.anyTerm, first + input.pageSize)
				: this.#inOrder(found, orderOf(input.sort), first + input.pageSize);
		return {
			ids: onPage.slice(first).map((entry) => this.#ids[entry] as number),
			total: found.length
		};
	}

	/** The filters asked for, as one condition on an entry. */
	#filtersOf(input: InterventionSearchParams): (entry: number) => boolean {
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
			conditions.push((entry) => this.#ratings.inUk(entry) === evaluatedInUk);
		}
		if (domain || effectiveness || minStrength) {
			conditions.push((entry) =>
				this.#ratings.ratedOn(entry, { domain, effectiveness, minStrength })
			);
		}
		return (entry) => conditions.every((condition) => condition(entry));
	}

	/** The first `needed` entries found in a precomputed order. */
	#inOrder(found: number[], order: Order, needed: number): number[] {
		const isFound = new Uint8Array(this.#ids.length);
		for (const entry of found) isFound[entry] = 1;
		const entries: number[] = [];
		for (const entry of this.#orders[order]) {
			if (entries.length >= needed) break;
			if (isFound[entry] === 1) entries.push(entry);
		}
		return entries;
	}

	/**
	 * The first `needed` entries found by relevance: each term weighed by where it matched and by
	 * its rarity among the entries found (in whole steps of `rarityScale`, as in SQL: the sums are
	 * exact), then `ts_rank`, then the name.
	 */
	#byRelevance(
		found: number[],
		termPlaces: Uint8Array[],
		anyTerm: QueryNode,
		needed: number
	): number[] {
		const rarities = termPlaces.map((places) => {
			let matched = 0;
			for (const entry of found) if (places[entry] !== 0) matched++;
			return Math.floor(Math.log(1 + found.length / Math.max(matched, 1)) * rarityScale);
		});
		const scores = new Float64Array(this.#ids.length);
		termPlaces.forEach((places, term) => {
			const rarity = rarities[term] as number;
			for (const entry of found) {
				scores[entry] =
					(scores[entry] as number) + (placeWeights[places[entry] as number] as number) * rarity;
			}
		});
		const ranks = rankEntries(rankQueryOf(anyTerm), this.#lexicon, found, this.#ids.length);
		return topOf(found, needed, (a, b) =>
			scores[a] !== scores[b]
				? (scores[b] as number) - (scores[a] as number)
				: ranks[a] !== ranks[b]
					? (ranks[b] as number) - (ranks[a] as number)
					: (this.#nameRanks[a] as number) - (this.#nameRanks[b] as number)
		);
	}
}

/** How a build reads the entries. */
interface BuildOptions {
	/** Entries read per statement. */
	entriesPerRead?: number;
	/** Asked between chunks: true stops the build, which then gives null. */
	stopped?: () => boolean;
}

/** Where each entry comes in the page orders, counted from 1, by Postgres. */
const orderColumns = {
	byName:
		sql<number>`row_number() over (order by ${interventions.name}, ${interventions.id})`.mapWith(
			Number
		),
	byStrength:
		sql<number>`row_number() over (order by ${interventions.bestStrength} desc nulls last, ${interventions.name}, ${interventions.id})`.mapWith(
			Number
		),
	byReviewed:
		sql<number>`row_number() over (order by ${interventions.evidenceLastReviewed} desc nulls last, ${interventions.name}, ${interventions.id})`.mapWith(
			Number
		)
};

function orderOf(sort: InterventionSearchParams['sort']): Order {
	switch (sort) {
		case 'strength':
			return 'byStrength';
		case 'last-reviewed':
			return 'byReviewed';
		default:
			return 'byName';
	}
}

interface RatingRow {
	id: number;
	domain: string;
	effectiveness: string;
	strength: Strength;
	ukStudyCount: number | null;
}

/** What the outcome filters ask of an entry's ratings. */
interface RatingsOf {
	/** Whether one of its outcomes meets every outcome filter given at once (`ratedOn`). */
	ratedOn(
		entry: number,
		filters: Pick<InterventionSearchParams, 'domain' | 'effectiveness' | 'minStrength'>
	): boolean;
	/** Whether one of its outcomes has a UK study. */
	inUk(entry: number): boolean;
}

function ratingsOf(rows: RatingRow[], entryOf: Map<number, number>, count: number): RatingsOf {
	const byEntry: RatingRow[][] = Array.from({ length: count }, () => []);
	for (const row of rows) {
		const entry = entryOf.get(row.id);
		if (entry !== undefined) byEntry[entry]?.push(row);
	}
	return {
		ratedOn: (entry, { domain, effectiveness, minStrength }) =>
			(byEntry[entry] ?? []).some(
				(rating) =>
					(!domain || rating.domain === domain) &&
					(!effectiveness || rating.effectiveness === effectiveness) &&
					(!minStrength ||
						strengthKeys.indexOf(rating.strength) >= strengthKeys.indexOf(minStrength))
			),
		inUk: (entry) => (byEntry[entry] ?? []).some((rating) => (rating.ukStudyCount ?? 0) > 0)
	};
}
