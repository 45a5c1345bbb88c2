/**
 * The migration step, run once per release before the servers start:
 *   pnpm db:migrate
 * On Postgres it connects as the owner role (MIGRATION_DATABASE_URL, else DATABASE_URL), applies
 * pending migrations and grants the server's role — the user of DATABASE_URL — only what serving
 * needs. Without DATABASE_URL it migrates the embedded database in PGLITE_DIR (default
 * .data/pglite), which the server would also do at start.
 */
import { openDatabase, redactUrl } from '../client.js';
import { migrateDatabase } from '../migrate.js';
import { commandDatabase } from './environment.js';
import { runCommand } from './run-command.js';

const { ownerUrl, serverRole, pgliteDir } = commandDatabase;
await runCommand('Migration', async (progress) => {
	if (!ownerUrl) {
		const database = await openDatabase({ pgliteDir });
		await database.close();
		return `Schema current in the embedded database at ${pgliteDir}.`;
	}
	progress(`Migrating Postgres at ${redactUrl(ownerUrl)}`);
	const outcome = await migrateDatabase({ ownerUrl, serverRole });
	return outcome.serverRole
		? `Schema current. The server's role ${outcome.serverRole} may read and write content and only add to the audit log.`
		: 'Schema current. The server connects as the owner: give it a role of its own (see the README).';
});
