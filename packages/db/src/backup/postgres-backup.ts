import { spawn } from 'node:child_process';
import { open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import postgres from 'postgres';
import { migrateDatabase } from '../migrate.js';
import { BackupError, type Progress } from './backup-file.js';

/**
 * Runs a PostgreSQL client tool on `url`'s database, the password passed in the environment
 * (never on the command line, where `ps` shows it), reporting each table as it goes.
 */
function runTool(tool: 'pg_dump' | 'pg_restore', url: string, args: string[], progress: Progress) {
	const parsed = new URL(url);
	const password = decodeURIComponent(parsed.password);
	parsed.password = '';
	const database = tool === 'pg_dump' ? [parsed.toString()] : ['--dbname', parsed.toString()];
	return new Promise<void>((resolve, reject) => {
		const child = spawn(tool, ['--verbose', ...args, ...database], {
			env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) }
		});
		let errors = '';
		let rest = '';
		child.stderr.on('data', (chunk: Buffer) => {
			const lines = (rest + chunk.toString()).split('\n');
			rest = lines.pop() ?? '';
			for (const line of lines) {
				const table = /(?:dumping contents of|processing data for) table "?([\w.]+)"?/.exec(line);
				if (table) progress(`${tool === 'pg_dump' ? 'Dumping' : 'Restoring'} ${table[1]}`);
				else if (/error|fatal/i.test(line)) errors += `${line}\n`;
			}
		});
		child.on('error', (error: NodeJS.ErrnoException) =>
			reject(
				error.code === 'ENOENT'
					? new BackupError(`${tool} is not installed: install the PostgreSQL client tools.`)
					: error
			)
		);
		child.on('exit', (code) =>
			code === 0
				? resolve()
				: reject(new BackupError(`${tool} failed:\n${errors.trim() || `exit code ${code}`}`))
		);
	});
}

/** Dumps the Postgres database at `url` into `file` (pg_dump's custom format), whole or not at all. */
export async function backupPostgres(url: string, file: string, progress: Progress) {
	const partial = `${file}.partial`;
	try {
		await runTool('pg_dump', url, ['--format=custom', '--file', partial], progress);
		await rename(partial, file);
	} catch (error) {
		if (error instanceof BackupError && /permission denied/.test(error.message)) {
			throw new BackupError(
				`${error.message}\nBack up as the database's owner: set MIGRATION_DATABASE_URL to its connection.`
			);
		}
		throw error;
	} finally {
		await rm(partial, { force: true });
	}
}

/**
 * Restores a backup made by `backupPostgres` into the database at `ownerUrl`, in one
 * transaction, as its owner; then runs the migration step, which brings an older backup up to
 * this release and grants `serverRole` its rights again. A database that holds tables is
 * refused unless `force`, which replaces it after dumping it beside the backup.
 */
export async function restorePostgres(
	file: string,
	{
		ownerUrl,
		serverRole,
		force,
		progress
	}: { ownerUrl: string; serverRole?: string | undefined; force: boolean; progress: Progress }
) {
	const header = Buffer.alloc(5);
	const handle = await open(file);
	await handle.read(header, 0, 5, 0).finally(() => handle.close());
	if (header.toString() !== 'PGDMP') {
		throw new BackupError(`${file} is not a backup of a Postgres database (pg_dump's format).`);
	}
	const client = postgres(ownerUrl, { max: 1, onnotice: () => {} });
	const [row] =
		await client`select count(*)::int as tables from pg_tables where schemaname = 'public'`.finally(
			() => client.end()
		);
	if ((row?.tables ?? 0) > 0 && !force) {
		throw new BackupError(
			'The database already holds tables. Restore into an empty database, or give --force to ' +
				'replace what the backup holds.'
		);
	}
	if ((row?.tables ?? 0) > 0) {
		// Replaced, never lost: what the database held is dumped beside the backup first.
		const time = new Date().toISOString().replace(/[:.]/g, '-');
		const aside = join(dirname(file), `whatworks-postgres-before-restore-${time}.pgdump`);
		await backupPostgres(ownerUrl, aside, progress);
		progress(`Kept what the database held in ${aside}`);
	}
	const replace = force ? ['--clean', '--if-exists'] : [];
	const options = ['--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges'];
	await runTool('pg_restore', ownerUrl, [...options, ...replace, file], progress);
	progress('Bringing the schema up to this release and granting the server its rights');
	await migrateDatabase({ ownerUrl, serverRole });
}
