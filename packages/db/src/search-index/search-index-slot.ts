import type { Database } from '../client.js';
import { readSearchIndex } from './read-search-index.js';
import type { SearchIndex } from './search-index.js';

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
	#closing = false;

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
		if (this.#index !== index) return; // dropped already, or a newer one is in
		this.#index = undefined;
		this.#rebuild();
	}

	/** Resolves when no build runs. */
	async settled(): Promise<void> {
		await this.#building;
	}

	/** Stops building (at the next chunk), for good: the database is closing. */
	async close(): Promise<void> {
		this.#closing = true;
		await this.settled();
	}

	#rebuild(): void {
		if (this.#building || this.#closing || Date.now() < this.#retryAt) return;
		const startedAt = Date.now();
		this.#building = readSearchIndex(this.#db, { stopped: () => this.#closing })
			.then(
				(index) => {
					if (index) this.#index = index;
					// Something was published during the build: search in SQL for as long again,
					// so that a run of publishes does not keep one core building.
					else this.#retryAt = Date.now() + (Date.now() - startedAt);
				},
				(error: unknown) => {
					this.#retryAt = Date.now() + retryAfterMs;
					process.emitWarning(
						`The search index could not be built (${error instanceof Error ? error.message : String(error)}); searching in SQL, and trying again in a minute.`,
						'SearchIndexWarning'
					);
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
