import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '../client.js';
import { migrateDatabase, migrationsFolder } from '../migrate.js';
import { pgliteExtensions } from '../pglite-extensions.js';
import { openEmptyPostgresDatabase } from './test-databases.js';

/** A folder of this release's migrations up to and including number `last`, as an earlier release shipped them. */
function migrationsUpTo(last: number): string {
	const folder = mkdtempSync(join(tmpdir(), 'whatworks-earlier-'));
	mkdirSync(join(folder, 'meta'));
	const journal = JSON.parse(
		readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')
	) as {
		entries: { idx: number; tag: string }[];
	};
	journal.entries = journal.entries.filter((entry) => entry.idx <= last);
	writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify(journal));
	for (const { tag } of journal.entries) {
		copyFileSync(join(migrationsFolder, `${tag}.sql`), join(folder, `${tag}.sql`));
	}
	return folder;
}

/**
 * A database made by an earlier release — migrated up to migration number `lastMigration` —
 * holding `data` (SQL statements), then opened by this one as a server would: PGlite migrates
 * as it opens, Postgres after the migration step. Closing it removes it.
 * @example const handle = await openUpgradedDatabase('pglite', { lastMigration: 14, data: 'insert into …' });
 */
export async function openUpgradedDatabase(
	engine: 'pglite' | 'postgres',
	{ lastMigration, data }: { lastMigration: number; data: string }
): Promise<DatabaseHandle> {
	const earlier = migrationsUpTo(lastMigration);
	try {
		if (engine === 'pglite') {
			const dir = mkdtempSync(join(tmpdir(), 'whatworks-upgrade-'));
			const client = new PGlite(dir, { extensions: pgliteExtensions });
			await migratePglite(drizzlePglite({ client }), { migrationsFolder: earlier });
			await client.exec(data);
			await client.close();
			const handle = await openDatabase({ pgliteDir: dir });
			return {
				...handle,
				close: () => handle.close().finally(() => rmSync(dir, { recursive: true }))
			};
		}
		const empty = await openEmptyPostgresDatabase();
		const client = postgres(empty.url, { max: 1, onnotice: () => {} });
		await migratePostgres(drizzlePostgres({ client }), { migrationsFolder: earlier });
		await client.unsafe(data);
		await client.end();
		await migrateDatabase({ ownerUrl: empty.url });
		const handle = await openDatabase({ databaseUrl: empty.url });
		return { ...handle, close: () => handle.close().finally(() => empty.drop()) };
	} finally {
		rmSync(earlier, { recursive: true });
	}
}
