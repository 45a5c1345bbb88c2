import type { Database } from '../client.js';
import { SearchIndex } from './search-index.js';

/** How long after a failed build search waits before trying again (it searches in SQL meanwhile). */
const retryAfterMs = 60_000;

/**
 * The search index of one database, rebuilt whenever a search finds it behind what is published.
 * One build runs at a time, away from the searches: until it is done they search in SQL.
 */
export class SearchIndexSlot {
	readonly #db: Database;
	#index: SearchIndex | undefined;
	#building: Promise<void> | undefined;
	#retryAt = 0;

	constructor(db: Database) {
		this.#db = db;
	}

	/** The index, if one is built; starts building one when there is none. */
	current(): SearchIndex | undefined {
		if (!this.#index) this.#rebuild();
		return this.#index;
	}

	/** Drops an index a search found behind the database, and starts building a new one. */
	behind(index: SearchIndex): void {
		if (this.#index === index) this.#index = undefined;
		this.#rebuild();
	}

	/** Resolves when no build is running: before the database closes. */
	async settled(): Promise<void> {
		await this.#building;
	}

	#rebuild(): void {
		if (this.#building || Date.now() < this.#retryAt) return;
		this.#building = SearchIndex.build(this.#db)
			.then(
				(index) => {
					// None when something was published during the build: the next search starts another.
					this.#index = index ?? undefined;
				},
				() => {
					// A database closing or failing: search goes on in SQL, and tries again later.
					this.#retryAt = Date.now() + retryAfterMs;
				}
			)
			.finally(() => {
				this.#building = undefined;
			});
	}
}

const slots = new WeakMap<Database, SearchIndexSlot>();

/** The search index slot of a database, made on first use. */
export function searchIndexSlot(db: Database): SearchIndexSlot {
	let slot = slots.get(db);
	if (!slot) slots.set(db, (slot = new SearchIndexSlot(db)));
	return slot;
}
