import type { Progress } from './backup-file.js';
import { backupPglite, restorePglite } from './pglite-backup.js';
import { backupPostgres, restorePostgres } from './postgres-backup.js';

export { BackupError, type Progress } from './backup-file.js';

/** Which database: Postgres, as its owner, when a URL is given, else PGlite's directory. */
export interface BackupTarget {
	databaseUrl?: string | undefined;
	pgliteDir: string;
}

/**
 * Backs up the database into `file`: pg_dump's custom format for Postgres, PGlite's own tarball
 * of its directory for the embedded database (stop the server first: only one process may open it).
 */
export async function backupDatabase(target: BackupTarget, file: string, progress: Progress) {
	if (target.databaseUrl) return backupPostgres(target.databaseUrl, file, progress);
	await backupPglite(target.pgliteDir, file, progress);
}

/**
 * Restores `file` into the database, refusing one that already holds data unless `force`.
 * On Postgres `serverRole` is granted its rights again afterwards.
 */
export async function restoreDatabase(
	target: BackupTarget & { serverRole?: string | undefined },
	file: string,
	options: { force: boolean; progress: Progress }
) {
	if (target.databaseUrl) {
		return restorePostgres(file, {
			ownerUrl: target.databaseUrl,
			serverRole: target.serverRole,
			...options
		});
	}
	await restorePglite(file, target.pgliteDir, options);
}
