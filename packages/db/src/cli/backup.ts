/**
 * Backs up the database into one file:
 *   pnpm data:backup [file]
 * Postgres with pg_dump as its owner (MIGRATION_DATABASE_URL, else DATABASE_URL): the server's
 * role may not read the migration step's own records. The embedded database (PGLITE_DIR, default
 * .data/pglite) as a tarball of its directory — stop the server first, as only one process may
 * open it.
 * Without a file it writes .data/backups/whatworks-<engine>-<time>.<pgdump|tar.gz>.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { backupDatabase } from '../backup/index.js';
import { repoDataDir } from '../paths.js';
import { commandDatabase, here } from './environment.js';
import { runCommand } from './run-command.js';

const { ownerUrl, pgliteDir } = commandDatabase;
const given = process.argv.slice(2).find((arg) => arg !== '--');
const time = new Date().toISOString().slice(0, 19).replace(/[T:]/g, '-');
const file = given
	? resolve(here, given)
	: join(
			repoDataDir,
			'backups',
			`whatworks-${ownerUrl ? `postgres-${time}.pgdump` : `pglite-${time}.tar.gz`}`
		);

await runCommand('Backup', async (progress) => {
	mkdirSync(dirname(file), { recursive: true });
	await backupDatabase({ databaseUrl: ownerUrl, pgliteDir }, file, progress);
	return `Backed up to ${file}`;
});
