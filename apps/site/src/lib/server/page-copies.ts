import { londonDate, londonMidnight, nextLondonMidnight } from '@whatworks/domain';
import type { ContentVersion } from '@whatworks/sveltekit-bridge/content-version';
import type { Encoding } from './encoding';

/** A page in one encoding, ready to send: its headers as `writeHead` takes them, and its body. */
export interface EncodedPage {
	headers: string[];
	body: Uint8Array;
	/** The ETag of this encoding's bytes, if the page has one. */
	etag: string | null;
}

/** A rendered page in every encoding, and which published content it was rendered from. */
export interface PageCopy {
	encoded: Readonly<Record<Encoding, EncodedPage>>;
	/** The API's content version when the page was rendered. */
	version: string;
	/** When it was rendered, in milliseconds since the epoch. */
	renderedAt: number;
}

const bytesOf = (copy: PageCopy) =>
	copy.encoded.br.body.byteLength +
	copy.encoded.gzip.body.byteLength +
	copy.encoded.identity.body.byteLength;

/**
 * Copies of rendered public pages by address, kept compressed, so that the next reader of a
 * page gets it without it being rendered or compressed again. A copy is served only while the
 * API's content version is the one it was rendered from — the API pushes each new version
 * (`current`), which drops every copy at once — for no longer than the API keeps its own
 * answers, and never past the London midnight after it was rendered: what a page says can
 * depend on the date (a project's stage). While the API is not heard (`current` null), no copy
 * is kept. The copies' total size is bounded; the least recently read go first.
 */
export class PageCopies {
	readonly #copies = new Map<string, PageCopy>();
	readonly #maxBytes: number;
	#bytes = 0;
	#current: ContentVersion | null = null;
	/** The last London midnight and the next, worked out once a day rather than on every hit. */
	#today = { start: 0, end: 0 };
	/** Told of each copy this process rendered and kept, e.g. to hand it to the site's other processes. */
	onKept: ((address: string, copy: PageCopy) => void) | null = null;

	constructor(options: { maxBytes: number }) {
		this.#maxBytes = options.maxBytes;
	}

	/** What the API last said is published; null while it is not heard. */
	get current(): ContentVersion | null {
		return this.#current;
	}

	set current(current: ContentVersion | null) {
		if (current?.version !== this.#current?.version) {
			this.#copies.clear();
			this.#bytes = 0;
		}
		this.#current = current;
	}

	/** The copy of the page at `address`, if it is still current. */
	get(address: string, now = Date.now()): PageCopy | undefined {
		const copy = this.#copies.get(address);
		if (!copy) return undefined;
		this.#remove(address, copy);
		const current = this.#current;
		const fresh =
			current !== null &&
			copy.version === current.version &&
			now - copy.renderedAt < current.maxAgeSeconds * 1000 &&
			copy.renderedAt >= this.#startOfToday(now);
		if (!fresh) return undefined;
		this.#add(address, copy); // most recently read last
		return copy;
	}

	/**
	 * Keeps a copy, making room by dropping the least recently read, and tells `onKept` of it
	 * unless another process rendered it (`from: 'shared'`). A copy rendered from a version that
	 * is not the current one here, or larger than the whole cache, is not kept.
	 */
	set(address: string, copy: PageCopy, from: 'rendered' | 'shared' = 'rendered'): void {
		const existing = this.#copies.get(address);
		if (existing) this.#remove(address, existing);
		if (copy.version !== this.#current?.version || bytesOf(copy) > this.#maxBytes) return;
		this.#add(address, copy);
		for (const [oldest, oldestCopy] of this.#copies) {
			if (this.#bytes <= this.#maxBytes) break;
			this.#remove(oldest, oldestCopy);
		}
		if (from === 'rendered') this.onKept?.(address, copy);
	}

	/** The total size of the copies' bodies, in bytes. */
	get bytes(): number {
		return this.#bytes;
	}

	#startOfToday(now: number): number {
		if (now < this.#today.start || now >= this.#today.end) {
			const start = londonMidnight(londonDate(new Date(now))).getTime();
			this.#today = { start, end: nextLondonMidnight(new Date(start)).getTime() };
		}
		return this.#today.start;
	}

	#add(address: string, copy: PageCopy): void {
		this.#copies.set(address, copy);
		this.#bytes += bytesOf(copy);
	}

	#remove(address: string, copy: PageCopy): void {
		this.#copies.delete(address);
		this.#bytes -= bytesOf(copy);
	}
}

/** Room for a few thousand pages in each site process: those readers are reading now. */
const maxBytes = 128 * 1024 * 1024;

/**
 * The site process's one set of copies. The front server (src/front) and SvelteKit's hooks are
 * bundled apart, so each would get its own module instance: the set lives on `globalThis`.
 */
export function sharedPageCopies(): PageCopies {
	const shared = globalThis as Record<symbol, PageCopies | undefined>;
	return (shared[sharedKey] ??= new PageCopies({ maxBytes }));
}
const sharedKey = Symbol.for('whatworks.site.pageCopies');

/**
 * Whether a request may be answered from a copy, or its answer kept as one: a plain read by
 * someone who sends no cookie and no credentials, so never a form's POST nor anyone's own page.
 */
export function isAnonymousRead(method: string, has: (header: string) => boolean): boolean {
	return (method === 'GET' || method === 'HEAD') && !has('cookie') && !has('authorization');
}
