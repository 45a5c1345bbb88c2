import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDatabase, openDatabase, redactUrl, type DatabaseHandle } from '@whatworks/db';
import { tables } from './tables.js';

/** A database the benchmark may fill and empty again. */
export interface ScratchDatabase {
	/** Where the API server finds it, in `startStack`'s terms. */
	readonly location: { pgliteDir: string } | { databaseUrl: string };
	/** What it is, for the report, without secrets. */
	readonly description: string;
	/** Opens it. PGlite allows one process at a time: close it before the API server starts. */
	open(): Promise<DatabaseHandle>;
	/** Removes what the benchmark made: the temporary directory, or every intervention. */
	discard(): Promise<void>;
}

/** Raised instead of touching a database that already holds data. */
export class NotScratchError extends Error {
	override readonly name = 'NotScratchError';
}

/**
 * A fresh PGlite directory under the OS temporary directory, or the Postgres database at
 * `databaseUrl`, which must have no interventions: the benchmark never mixes its synthetic
 * entries with real ones, and deletes them all when it is done.
 */
export async function createScratchDatabase(databaseUrl?: string): Promise<ScratchDatabase> {
	if (!databaseUrl) {
		const dir = await mkdtemp(join(tmpdir(), 'whatworks-bench-'));
		const pgliteDir = join(dir, 'pglite');
		return {
			location: { pgliteDir },
			description: 'PGlite (embedded), fresh temporary directory',
			open: () => openDatabase({ pgliteDir }),
			discard: () => rm(dir, { recursive: true, force: true, maxRetries: 3 })
		};
	}

	const open = () => openDatabase({ databaseUrl });
	await migrateDatabase({ ownerUrl: databaseUrl });
	const handle = await open();
	try {
		const existing = await handle.db.$count(tables.interventions);
		if (existing > 0) {
			throw new NotScratchError(
				`BENCH_DATABASE_URL (${redactUrl(databaseUrl)}) already has ${existing} interventions. ` +
					'The benchmark only fills an empty database; give it a throwaway one.'
			);
		}
	} finally {
		await handle.close();
	}
	return {
		location: { databaseUrl },
		description: `Postgres at ${redactUrl(databaseUrl)}`,
		open,
		discard: async () => {
			const reopened = await open();
			try {
				// Outcomes, studies, contrasts and topic links go with their interventions (ON DELETE CASCADE).
				await reopened.db.delete(tables.interventions);
			} finally {
				await reopened.close();
			}
		}
	};
}
