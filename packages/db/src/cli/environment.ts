import { resolve } from 'node:path';
import { defaultPgliteDir } from '../paths.js';

/** Relative paths mean where the person ran the command: pnpm records that as INIT_CWD. */
export const here = process.env.INIT_CWD ?? process.cwd();

const databaseUrl = process.env.DATABASE_URL || undefined;

/**
 * The database every command works on, read from the environment the server reads: Postgres at
 * DATABASE_URL (as the server's role), its owner at MIGRATION_DATABASE_URL for migrating, backing
 * up and restoring, else the embedded database in PGLITE_DIR.
 */
export const commandDatabase = {
	databaseUrl,
	ownerUrl: process.env.MIGRATION_DATABASE_URL || databaseUrl,
	/** The server's role: the user of DATABASE_URL. */
	serverRole: databaseUrl
		? decodeURIComponent(new URL(databaseUrl).username) || undefined
		: undefined,
	pgliteDir: resolve(here, process.env.PGLITE_DIR ?? defaultPgliteDir)
};
