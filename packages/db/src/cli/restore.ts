/**
 * Restores a backup made by `pnpm data:backup`:
 *   pnpm data:restore <file> [--force]
 * Into Postgres as its owner (MIGRATION_DATABASE_URL, else DATABASE_URL), granting the server's
 * role — the user of DATABASE_URL — its rights again; or into the embedded database in
 * PGLITE_DIR (default .data/pglite), with the server stopped. A database that already holds data
 * is refused unless --force.
 */
import { resolve } from 'node:path';
import { restoreDatabase } from '../backup/index.js';
import { commandDatabase, here } from './environment.js';
import { runCommand } from './run-command.js';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const force = args.includes('--force');
const given = args.find((arg) => !arg.startsWith('--'));

await runCommand('Restore', async (progress) => {
	if (!given) throw new Error('Say which backup to restore: pnpm data:restore <file> [--force]');
	const file = resolve(here, given);
	const { ownerUrl, serverRole, pgliteDir } = commandDatabase;
	await restoreDatabase({ databaseUrl: ownerUrl, serverRole, pgliteDir }, file, {
		force,
		progress
	});
	return `Restored ${file}`;
});
