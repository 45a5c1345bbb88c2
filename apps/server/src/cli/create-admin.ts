// Invites the first admin of a database, e.g. a new production one (which never gets demo
// accounts): prints a single-use link to set a password, never a password itself.
// Usage: pnpm --filter @whatworks/server create-admin <email> "<name>"
import { DomainError, inviteFirstAdmin } from '@whatworks/api';
import { openDatabase } from '@whatworks/db';
import { loadConfig } from '../config.js';

const [email, name] = process.argv.slice(2).filter((arg) => arg !== '--');
const config = loadConfig(process.env);
const database = await openDatabase({
	databaseUrl: config.DATABASE_URL,
	pgliteDir: config.PGLITE_DIR
});
try {
	const invite = await inviteFirstAdmin(database.db, { email, name });
	const origin = (process.env.CONSOLE_ORIGIN ?? 'http://localhost:3001').replace(/\/+$/, '');
	process.stdout.write(
		`Invite for ${invite.email}, to be used once before ${invite.expiresAt.toISOString()}:\n` +
			`${origin}/accept-invite?token=${invite.token}\n`
	);
} catch (error) {
	if (!(error instanceof DomainError)) throw error;
	process.stderr.write(
		`${error.message}\nUsage: pnpm --filter @whatworks/server create-admin <email> "<name>"\n`
	);
	process.exitCode = 1;
} finally {
	await database.close();
}
