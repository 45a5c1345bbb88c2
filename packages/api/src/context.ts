import type { Database } from '@whatworks/db';

/** What every procedure can use. The API never reads cookies: callers are identified by bearer tokens (later). */
export interface Context {
	db: Database;
}

/** Builds the context for one request. */
export function createContext(db: Database): Context {
	return { db };
}
