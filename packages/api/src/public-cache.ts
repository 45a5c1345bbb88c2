import { randomUUID } from 'node:crypto';

/** Options of a {@link PublicCache}. */
export interface PublicCacheOptions {
	/** How long an answer may be served after it was computed, in milliseconds. */
	ttlMs: number;
	/** How many answers to keep; the least recently used go first. */
	maxEntries: number;
}

/**
 * Answers to public queries, kept for a short while by the HTTP host. Everything public is
 * published content that changes only when staff publish, so a reader may see a change up to
 * `ttlMs` late; whatever publishes calls `clear()` so that this server shows it at once.
 *
 * `version` names what is published as this server last saw it: it changes with every `clear()`,
 * and differs between servers and restarts. Whoever keeps copies of pages built from our answers
 * (the site's page cache) keeps them only while the version is the same.
 */
export class PublicCache {
	readonly #entries = new Map<string, { value: unknown; expiresAt: number }>();
	readonly #options: PublicCacheOptions;
	readonly #instance = randomUUID();
	#clears = 0;

	constructor(options: PublicCacheOptions) {
		this.#options = options;
	}

	/** The answer stored under the key, if it is still fresh. */
	get(key: string): unknown {
		const entry = this.#entries.get(key);
		if (!entry) return undefined;
		this.#entries.delete(key);
		if (entry.expiresAt <= Date.now()) return undefined;
		this.#entries.set(key, entry); // most recently used last
		return entry.value;
	}

	/** Stores an answer, making room by dropping the least recently used. */
	set(key: string, value: unknown): void {
		this.#entries.delete(key);
		this.#entries.set(key, { value, expiresAt: Date.now() + this.#options.ttlMs });
		for (const oldest of this.#entries.keys()) {
			if (this.#entries.size <= this.#options.maxEntries) break;
			this.#entries.delete(oldest);
		}
	}

	/** Forgets every answer: call after publishing anything. */
	clear(): void {
		this.#entries.clear();
		this.#clears++;
	}

	/** What is published, as this server last saw it: changes with every `clear()`. */
	get version(): string {
		return `${this.#instance}.${this.#clears}`;
	}

	/** How long, in seconds, an answer may be served after it was computed. */
	get maxAgeSeconds(): number {
		return Math.floor(this.#options.ttlMs / 1000);
	}

	/** How many answers are stored. */
	get size(): number {
		return this.#entries.size;
	}
}
