import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDatabase, openDatabase, redactUrl, type DatabaseHandle } from '@whatworks/db';
import { openEmptyPostgresDatabase } from '@whatworks/db/testing';

/** A database a benchmark fills, and removes when done. */
export interface ScratchDatabase {
	/** Where the API server finds it, in `startStack`'s terms. */
	readonly location: { pgliteDir: string } | { databaseUrl: string };
	/** What it is, for the report, without secrets. */
	readonly description: string;
	/** Opens it. PGlite allows one process at a time: close it before the API server starts. */
	open(): Promise<DatabaseHandle>;
	/** Removes it: the temporary directory, or the scratch database (dropped). */
	discard(): Promise<void>;
}

/**
 * A fresh, migrated, empty database, removed by `discard`: PGlite in a new directory under the
 * OS temporary directory (migrated as it is first opened), or a database of its own made on the
 * Postgres server of `serverUrl` (connecting to the database that URL names, which is left as it
 * is), named `whatworks_bench_<random>`, and migrated by the migration step. The benchmarks never mix their synthetic entries and
 * accounts with real ones, and each run starts from nothing.
 */
export async function createScratchDatabase(serverUrl?: string): Promise<ScratchDatabase> {
	if (!serverUrl) {
		const dir = await mkdtemp(join(tmpdir(), 'whatworks-bench-'));
		const pgliteDir = join(dir, 'pglite');
		return {
			location: { pgliteDir },
			description: 'PGlite (embedded) in a fresh temporary directory',
			open: () => openDatabase({ pgliteDir }),
			discard: () => rm(dir, { recursive: true, force: true, maxRetries: 3 })
		};
	}
	const empty = await openEmptyPostgresDatabase(serverUrl, 'whatworks_bench');
	try {
		await migrateDatabase({ ownerUrl: empty.url });
	} catch (error) {
		// Why the migration failed matters more than whether the drop did.
		await empty.drop().catch(() => undefined);
		throw error;
	}
	const databaseUrl = empty.url;
	return {
		location: { databaseUrl },
		description: `Postgres, a scratch database on ${redactUrl(serverUrl).replace(/\/[^/]*$/, '')}`,
		open: () => openDatabase({ databaseUrl }),
		discard: () => empty.drop()
	};
}
