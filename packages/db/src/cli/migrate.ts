/**
 * The migration step, run once per release before the servers start:
 *   pnpm db:migrate
 * On Postgres it connects as the owner role (MIGRATION_DATABASE_URL, else DATABASE_URL), applies
 * pending migrations and grants the server's role — the user of DATABASE_URL — only what serving
 * needs. Without DATABASE_URL it migrates the embedded database in PGLITE_DIR (default
 * .data/pglite), which the server would also do at start.
 */
import { resolve } from 'node:path';
import { openDatabase, redactUrl } from '../client.js';
import { migrateDatabase } from '../migrate.js';
import { defaultPgliteDir } from '../paths.js';

const serverUrl = process.env.DATABASE_URL || undefined;
const ownerUrl = process.env.MIGRATION_DATABASE_URL || serverUrl;
try {
	if (ownerUrl) {
		const serverRole = serverUrl ? decodeURIComponent(new URL(serverUrl).username) : undefined;
		process.stdout.write(`Migrating Postgres at ${redactUrl(ownerUrl)} …\n`);
		const outcome = await migrateDatabase({ ownerUrl, serverRole });
		process.stdout.write(
			outcome.serverRole
				? `Schema current. The server's role ${outcome.serverRole} may read and write content and only add to the audit log.\n`
				: 'Schema current. The server connects as the owner: give it a role of its own (see the README).\n'
		);
	} else {
		const pgliteDir = resolve(
			process.env.INIT_CWD ?? process.cwd(),
			process.env.PGLITE_DIR ?? defaultPgliteDir
		);
		const database = await openDatabase({ pgliteDir });
		await database.close();
		process.stdout.write(`Schema current in the embedded database at ${pgliteDir}.\n`);
	}
} catch (error) {
	process.stderr.write(
		`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`
	);
	process.exitCode = 1;
}
