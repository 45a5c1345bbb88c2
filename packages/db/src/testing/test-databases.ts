import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '../client.js';
import { migrateDatabase } from '../migrate.js';

/** The engines the tests run on: PGlite always, Postgres too when TEST_DATABASE_URL is set. */
export const testDatabaseKinds: ('pglite' | 'postgres')[] = process.env.TEST_DATABASE_URL
	? ['pglite', 'postgres']
	: ['pglite'];

/** A test database; Postgres ones also give their URL, for tests that start a server on them. */
export type TestDatabase = DatabaseHandle & { url?: string };

/**
 * A new, empty database on the Postgres server of `serverUrl` (by default TEST_DATABASE_URL's),
 * not even migrated, named `<prefix>_<random>`, and its removal.
 */
export async function openEmptyPostgresDatabase(
	serverUrl = process.env.TEST_DATABASE_URL,
	prefix = 'whatworks_test'
): Promise<{ url: string; drop(): Promise<void> }> {
	if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
	const name = `${prefix}_${randomBytes(6).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	try {
		await admin`create database ${admin(name)}`;
	} catch (error) {
		await admin.end(); // an open connection would keep the process from ending
		throw error;
	}
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		drop: async () => {
			try {
				await admin`drop database if exists ${admin(name)} with (force)`;
			} finally {
				await admin.end({ timeout: 5 });
			}
		}
	};
}

/**
 * A fresh, migrated, empty database for one test file: PGlite in memory, or a new database on the
 * TEST_DATABASE_URL server, migrated by the migration step, that `close()` drops again.
 */
export async function openTestDatabase(kind: 'pglite' | 'postgres'): Promise<TestDatabase> {
	if (kind === 'pglite') return openDatabase({});
	const empty = await openEmptyPostgresDatabase();
	try {
		await migrateDatabase({ ownerUrl: empty.url });
		const handle = await openDatabase({ databaseUrl: empty.url });
		return {
			...handle,
			url: empty.url,
			close: async () => {
				await handle.close();
				await empty.drop();
			}
		};
	} catch (error) {
		await empty.drop();
		throw error;
	}
}

/** The rows of `db.execute(…)`: PGlite answers with `{ rows }`, postgres.js with the rows themselves. */
export function rowsOf<T>(result: unknown): T[] {
	return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
