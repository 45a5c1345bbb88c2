import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgliteExtensions } from '../pglite-extensions.js';
import { acquirePgliteLock } from '../pglite-lock.js';
import { BackupError, writeAtomically, type Progress } from './backup-file.js';

/**
 * Copies the embedded database's directory into `file`, a gzipped tarball (PGlite's own
 * `dumpDataDir`). The directory is locked meanwhile: stop the server first.
 */
export async function backupPglite(dataDir: string, file: string, progress: Progress) {
	if (!existsSync(dataDir)) throw new BackupError(`There is no embedded database at ${dataDir}.`);
	const release = acquirePgliteLock(dataDir);
	try {
		progress(`Reading the embedded database at ${dataDir}`);
		const client = new PGlite({ dataDir, extensions: pgliteExtensions });
		try {
			// dumpDataDir does not wait for the database to start, and hangs if called before.
			await client.waitReady;
			const dump = await client.dumpDataDir('gzip');
			const bytes = new Uint8Array(await dump.arrayBuffer());
			progress(`Writing ${megabytes(bytes.length)} to ${file}`);
			await writeAtomically(file, bytes);
			return { bytes: bytes.length };
		} finally {
			await client.close();
		}
	} finally {
		release();
	}
}

/**
 * Restores a backup made by `backupPglite` into `dataDir`, which must hold no database unless
 * `force`: then the one there is moved aside (`<dir>.before-restore-<time>`), never deleted. The
 * backup is loaded and opened beside `dataDir` first, so a bad file leaves it as it was.
 */
export async function restorePglite(
	file: string,
	dataDir: string,
	{ force, progress }: { force: boolean; progress: Progress }
) {
	const bytes = await readFile(file);
	if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
		throw new BackupError(`${file} is not a backup of the embedded database (a .tar.gz).`);
	}
	mkdirSync(dirname(dataDir), { recursive: true });
	const release = acquirePgliteLock(dataDir); // refuses while a server has the directory open
	const loading = `${dataDir}.restoring`;
	try {
		const holdsDatabase = existsSync(dataDir) && readdirSync(dataDir).length > 0;
		if (holdsDatabase && !force) {
			throw new BackupError(
				`${dataDir} already holds a database. Restore into another PGLITE_DIR, or give ` +
					'--force to replace it (the one there is kept beside it).'
			);
		}
		rmSync(loading, { recursive: true, force: true });
		progress(`Loading ${megabytes(bytes.length)}`);
		const client = new PGlite(loading, {
			loadDataDir: new Blob([bytes]),
			extensions: pgliteExtensions
		});
		await client.query('select 1 from public.audit_events limit 1');
		await client.close();
		if (holdsDatabase) {
			const aside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
			renameSync(dataDir, aside);
			progress(`Moved the database that was there to ${aside}`);
		}
		rmSync(dataDir, { recursive: true, force: true }); // an empty directory, if any
		renameSync(loading, dataDir);
		progress(`Restored into ${dataDir}`);
	} catch (error) {
		rmSync(loading, { recursive: true, force: true });
		throw error instanceof BackupError
			? error
			: new BackupError(`${file} could not be loaded as the embedded database: ${String(error)}`);
	} finally {
		release();
	}
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
