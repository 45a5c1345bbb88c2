import type { Database } from '@whatworks/db';
import { currentRatingStandards, type RatingStandards } from '@whatworks/domain';
import type { PublicCache } from './public-cache.js';

/** Who is calling, as the HTTP host saw it. */
export interface Caller {
	/** The bearer token of a staff session, when one was sent. */
	token: string | null;
	ipAddress: string;
	userAgent: string | null;
}

/** What every procedure can use. The API never reads cookies: staff send bearer tokens. */
export interface Context {
	db: Database;
	/** Copies of public answers the HTTP host keeps: whatever publishes clears them. */
	cache?: PublicCache;
	caller: Caller;
	/** The time now; tests pass their own clock to check expiry. */
	now: () => Date;
	/** Where the official data files are, for imports an admin runs without uploading a file. */
	dataDir?: string;
	/** The Evidence Standards ratings are republished under: the code's, or a test's fixture. */
	standards: RatingStandards;
	/** The public site's address, which links in messages lead to. */
	siteOrigin: string;
}

/** Where the public site runs when nothing says otherwise: `pnpm start`'s address. */
export const defaultSiteOrigin = 'http://localhost:3000';

/** Builds the context for one request; without a caller, an anonymous local one. */
export function createContext(
	db: Database,
	options: {
		cache?: PublicCache | undefined;
		caller?: Caller;
		now?: () => Date;
		dataDir?: string | undefined;
		standards?: RatingStandards;
		siteOrigin?: string | undefined;
	} = {}
): Context {
	return {
		db,
		...(options.cache ? { cache: options.cache } : {}),
		...(options.dataDir ? { dataDir: options.dataDir } : {}),
		caller: options.caller ?? { token: null, ipAddress: '127.0.0.1', userAgent: null },
		now: options.now ?? (() => new Date()),
		standards: options.standards ?? currentRatingStandards,
		siteOrigin: options.siteOrigin ?? defaultSiteOrigin
	};
}
