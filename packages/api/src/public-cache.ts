import type { DatabaseHandle } from '@whatworks/db';
import { nextLondonMidnight } from '@whatworks/domain';

/** Options of a {@link PublicCache}. */
export interface PublicCacheOptions {
	/** How long an answer may be served after it was computed, in milliseconds. */
	ttlMs: number;
	/** How many bytes of answers to keep; the least recently used go first. */
	maxBytes: number;
}

/**
 * Answers to public queries, kept for a short while by the HTTP host. Everything public is
 * published content that changes only when staff publish — or when London's date does (a
 * project's stage follows its dates), so no answer outlives the midnight after it was computed.
 *
 * `version` is the database's content version as this server last heard it (`changeVersion`): it
 * changes with anything published through any server on the database. Answers are kept only
 * while it stays the same, and nothing is kept before it is known. Whoever keeps copies of pages
 * built from our answers (the site's page copies) does the same, hearing of each new version
 * through `onChange`.
 */
export class PublicCache {
	readonly #entries = new Map<string, { value: unknown; bytes: number; expiresAt: number }>();
	/** Answers being computed, so that readers asking together share one computation. */
	readonly #pending = new Map<string, Promise<unknown>>();
	#bytes = 0;
	readonly #options: PublicCacheOptions;
	#version: string | undefined;
	readonly #listeners = new Set<() => void>();

	constructor(options: PublicCacheOptions) {
		this.#options = options;
	}

	/** The answer stored under the key, if it is still fresh. */
	get(key: string): unknown {
		const entry = this.#entries.get(key);
		if (!entry) return undefined;
		this.#delete(key);
		if (entry.expiresAt <= Date.now()) return undefined;
		this.#entries.set(key, entry); // most recently used last
		this.#bytes += entry.bytes;
		return entry.value;
	}

	/**
	 * Stores an answer of `bytes` bytes computed from `computedAt` (milliseconds since the epoch),
	 * making room by dropping the least recently used.
	 */
	set(key: string, value: unknown, bytes: number, computedAt = Date.now()): void {
		this.#delete(key);
		if (bytes > this.#options.maxBytes) return;
		const expiresAt = Math.min(
			computedAt + this.#options.ttlMs,
			nextLondonMidnight(new Date(computedAt)).getTime()
		);
		this.#entries.set(key, { value, bytes, expiresAt });
		this.#bytes += bytes;
		for (const oldest of this.#entries.keys()) {
			if (this.#bytes <= this.#options.maxBytes) break;
			this.#delete(oldest);
		}
	}

	/**
	 * The answer under `key`, or computed now and kept when `keep` allows — but never when
	 * something was published while it was computed, as it may hold what was read before.
	 * Callers asking for the same key while it is computed wait for that computation, unless
	 * something was published since it began.
	 */
	async remember<T>(
		key: string,
		compute: () => Promise<T>,
		keep: (value: T) => { bytes: number } | false
	): Promise<{ value: T; kept: 'HIT' | 'MISS' }> {
		const copy = this.get(key);
		if (copy !== undefined) return { value: copy as T, kept: 'HIT' };
		const pending =
			(this.#pending.get(key) as Promise<T> | undefined) ?? this.#compute(key, compute, keep);
		return { value: await pending, kept: 'MISS' };
	}

	#compute<T>(
		key: string,
		compute: () => Promise<T>,
		keep: (value: T) => { bytes: number } | false
	): Promise<T> {
		const versionBefore = this.version;
		const startedAt = Date.now();
		const pending: Promise<T> = Promise.resolve()
			.then(compute)
			.then((value) => {
				const size = keep(value);
				const current = versionBefore !== undefined && this.version === versionBefore;
				if (size && current) this.set(key, value, size.bytes, startedAt);
				return value;
			})
			.finally(() => {
				if (this.#pending.get(key) === pending) this.#pending.delete(key);
			});
		this.#pending.set(key, pending);
		return pending;
	}

	/**
	 * Follows the database's content version, the current one first, then each one announced
	 * through any server on the database; resolves with the function that stops following.
	 */
	follow(
		database: Pick<DatabaseHandle, 'watchContentVersion'>,
		onError: (error: unknown) => void
	): Promise<() => Promise<void>> {
		return database.watchContentVersion((version) => this.changeVersion(version), onError);
	}

	/** Takes a new content version, forgetting every answer kept under another. */
	changeVersion(version: string): void {
		if (version === this.#version) return;
		this.#version = version;
		this.#entries.clear();
		this.#pending.clear();
		this.#bytes = 0;
		for (const listener of this.#listeners) listener();
	}

	/**
	 * Calls `listener` after every new version, so that whoever keeps copies (the site) hears of a
	 * publication at once instead of asking; returns the function that stops the calls.
	 */
	onChange(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** What is published, as this server last heard; undefined until it has heard. */
	get version(): string | undefined {
		return this.#version;
	}

	/** How long, in seconds, an answer may be served after it was computed. */
	get maxAgeSeconds(): number {
		return Math.floor(this.#options.ttlMs / 1000);
	}

	/** The total size of the answers stored, in bytes. */
	get bytes(): number {
		return this.#bytes;
	}

	#delete(key: string): void {
		const entry = this.#entries.get(key);
		if (!entry) return;
		this.#entries.delete(key);
		this.#bytes -= entry.bytes;
	}
}
