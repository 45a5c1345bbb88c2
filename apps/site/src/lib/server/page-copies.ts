import { londonDate, londonMidnight, nextLondonMidnight } from '@whatworks/domain';
import type { ContentVersion } from '@whatworks/sveltekit-bridge';

/** A rendered page as it was sent, and which published content it was rendered from. */
export interface PageCopy {
	body: Uint8Array<ArrayBuffer>;
	headers: [string, string][];
	/** The API's content version when the page was rendered. */
	version: string;
	/** When it was rendered, in milliseconds since the epoch. */
	renderedAt: number;
}

/**
 * Copies of rendered public pages by address, so that the next reader of a page gets it without
 * the page being rendered again. A copy is served only while the API's content version is the
 * one it was rendered from (publishing anything changes it), for no longer than the API keeps
 * its own answers, and never past the London midnight after it was rendered: what a page says
 * can depend on the date (a project's stage). The copies' total size is bounded; the least
 * recently read go first.
 */
export class PageCache {
	readonly #copies = new Map<string, PageCopy>();
	readonly #maxBytes: number;
	#bytes = 0;
	/** The last London midnight and the next, worked out once a day rather than on every hit. */
	#today = { start: 0, end: 0 };

	constructor(options: { maxBytes: number }) {
		this.#maxBytes = options.maxBytes;
	}

	/** The copy of the page at `address`, if it is still current. */
	get(address: string, current: ContentVersion, now = Date.now()): PageCopy | undefined {
		const copy = this.#copies.get(address);
		if (!copy) return undefined;
		this.#remove(address, copy);
		const fresh =
			copy.version === current.version &&
			now - copy.renderedAt < current.maxAgeSeconds * 1000 &&
			copy.renderedAt >= this.#startOfToday(now);
		if (!fresh) return undefined;
		this.#add(address, copy); // most recently read last
		return copy;
	}

	/** Keeps a copy, making room by dropping the least recently read. A page larger than the whole cache is not kept. */
	set(address: string, copy: PageCopy): void {
		const existing = this.#copies.get(address);
		if (existing) this.#remove(address, existing);
		if (copy.body.byteLength > this.#maxBytes) return;
		this.#add(address, copy);
		for (const [oldest, oldestCopy] of this.#copies) {
			if (this.#bytes <= this.#maxBytes) break;
			this.#remove(oldest, oldestCopy);
		}
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
		this.#bytes += copy.body.byteLength;
	}

	#remove(address: string, copy: PageCopy): void {
		this.#copies.delete(address);
		this.#bytes -= copy.body.byteLength;
	}
}
