import type { Database } from '@whatworks/db';
import type { PublicCache } from './public-cache.js';

/** What every procedure can use. The API never reads cookies: callers are identified by bearer tokens (later). */
export interface Context {
	db: Database;
	/** Where public queries keep their answers; without one, every query goes to the database. */
	cache?: PublicCache;
}

/** Builds the context for one request. */
export function createContext(db: Database, cache?: PublicCache): Context {
	return cache ? { db, cache } : { db };
}
