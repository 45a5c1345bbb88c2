import { mkdirSync } from 'node:fs';
import v8 from 'node:v8';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import {
	contentVersionChannel,
	followContentVersion,
	type ContentVersionListener
} from './content-version.js';
import { checkSchemaCurrent, migrationsFolder, schemaState } from './migrate.js';
import { analyseUnanalysedOutcomes } from './queries/ratings.js';
import { pgliteExtensions } from './pglite-extensions.js';
import { acquirePgliteLock } from './pglite-lock.js';
import { PreparingPGlite } from './preparing-pglite.js';
import { preparingPostgres } from './preparing-postgres.js';
import { vacuumOncePerRelease } from './pglite-vacuum.js';
import * as schema from './schema/index.js';
import { searchIndexSlot } from './search-index/search-index-slot.js';

/** The Drizzle database every query function takes first, whichever engine is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** An open database: the Drizzle handle plus what its owner needs to report on and close it. */
export interface DatabaseHandle {
	db: Database;
	/** Which engine is behind `db`. */
	kind: 'pglite' | 'postgres';
	/** A human description for logs, without secrets. */
	description: string;
	/** Resolves when the database answers a trivial query. */
	ping(): Promise<void>;
	/**
	 * Calls `onVersion` with the content version now, then with each new one as it is published —
	 * through any server on this database. Resolves, once the current version was given, with the
	 * function that stops the calls. `onError` hears of a version that could not be read after a
	 * lost connection came back.
	 */
	watchContentVersion(
		onVersion: ContentVersionListener,
		onError: (error: unknown) => void
	): Promise<() => Promise<void>>;
	/** Closes connections and releases the embedded database lock. */
	close(): Promise<void>;
}

/** Where to find the database: Postgres when `databaseUrl` is set, else PGlite in `pgliteDir` (in memory when omitted). */
export interface DatabaseOptions {
	databaseUrl?: string | undefined;
	pgliteDir?: string | undefined;
}

const casing = 'snake_case';

/**
 * PGlite's Postgres settings, over those its initdb wrote. Postgres zeroes its shared memory as
 * it starts, which in WebAssembly takes time in proportion to its size: initdb's 128 MB of shared
 * buffers cost about a third of a second of every start. A quarter of that served the benchmark's
 * searches and pages as fast: PGlite's files are ordinary files, so the operating system's page
 * cache holds them as well.
 */
const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

/**
 * V8 first compiles WebAssembly quickly (Liftoff) and optimises a function once it has run a
 * budget of work. With the default budget, much of Postgres's own start-up code is optimised on
 * the second core while it runs once, competing with the start for both: about a third of its
 * CPU time. A budget a hundred times larger leaves start-up code unoptimised, while the query
 * paths a server runs all day still reach it within seconds.
 */
const wasmTieringBudget = '--wasm-tiering-budget=180000000';

/**
 * Opens the database. The embedded one, used by one process only, is migrated here; a Postgres
 * one must have been migrated by the separate migration step (`migrateDatabase`).
 * Throws {@link DatabaseLockedError} when another process has the PGlite directory open, and
 * {@link SchemaOutdatedError} when a Postgres database is behind this release.
 */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
	return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.pgliteDir);
}

async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
	let release = () => {};
	if (dataDir) {
		mkdirSync(dataDir, { recursive: true });
		release = acquirePgliteLock(dataDir);
	}
	try {
		v8.setFlagsFromString(wasmTieringBudget); // read as PGlite compiles its WebAssembly
		const client = new PreparingPGlite({ dataDir, extensions: pgliteExtensions, startParams });
		const db = drizzlePglite({ client, schema, casing });
		// Most starts find the database current: asking costs two small queries, where drizzle's
		// migrator would first read and hash every migration file.
		const state = await schemaState(
			async (statement) => (await client.query<Record<string, unknown>>(statement)).rows
		);
		if (state !== 'current') await migratePglite(db, { migrationsFolder });
		await analyseUnanalysedOutcomes(db);
		await vacuumOncePerRelease(db, client, { madeNew: state === 'new' });
		return {
			db,
			kind: 'pglite',
			description: dataDir ? `embedded PGlite at ${dataDir}` : 'embedded PGlite in memory',
			ping: async () => void (await client.query('select 1')),
			// One process has the embedded database, so the announcements are its own.
			watchContentVersion: async (onVersion) => {
				const following = followContentVersion(db, { onVersion });
				const unlisten = await client.listen(contentVersionChannel, following.announced);
				await following.listening();
				return () => unlisten();
			},
			close: async () => {
				try {
					await searchIndexSlot(db).close();
					await client.close();
				} finally {
					release();
				}
			}
		};
	} catch (error) {
		release();
		throw error;
	}
}

async function openPostgres(databaseUrl: string): Promise<DatabaseHandle> {
	const client = postgres(databaseUrl, { max: 10, onnotice: () => {} });
	try {
		const db = drizzlePostgres({ client: preparingPostgres(client), schema, casing });
		await checkSchemaCurrent(client);
		return {
			db,
			kind: 'postgres',
			description: `Postgres at ${redactUrl(databaseUrl)}`,
			ping: async () => void (await db.execute(sql`select 1`)),
			// postgres.js listens on a connection of its own and listens again after losing it,
			// calling back each time: a version announced meanwhile is found by reading.
			watchContentVersion: async (onVersion, onError) => {
				const following = followContentVersion(db, { onVersion });
				let first = true;
				const subscription = await client.listen(
					contentVersionChannel,
					following.announced,
					() => void (first || following.listening().catch(onError))
				);
				first = false;
				await following.listening();
				return () => subscription.unlisten();
			},
			close: async () => {
				await searchIndexSlot(db).close();
				await client.end({ timeout: 5 });
			}
		};
	} catch (error) {
		await client.end({ timeout: 1 });
		throw error;
	}
}

/** A connection URL safe to log: the password is replaced. */
export function redactUrl(url: string): string {
	try {
		const parsed = new URL(url);
		if (parsed.password) parsed.password = '***';
		return parsed.toString();
	} catch {
		return '(unparseable URL)';
	}
}
