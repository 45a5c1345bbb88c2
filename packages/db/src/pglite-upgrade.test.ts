import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { interventionSearchInputSchema } from '@whatworks/domain';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './client.js';
import { migrationsFolder } from './migrate.js';
import { pgliteExtensions } from './pglite-extensions.js';
import { searchInterventions } from './queries/search.js';

let dir: string | null = null;
afterEach(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
	dir = null;
});

/** This release's migrations but the last `dropped`, as an earlier release shipped them. */
async function earlierMigrations(into: string, dropped: number): Promise<string> {
	const folder = join(into, 'migrations');
	await cp(migrationsFolder, folder, { recursive: true });
	const journalFile = join(folder, 'meta', '_journal.json');
	const journal = JSON.parse(await readFile(journalFile, 'utf8')) as { entries: unknown[] };
	journal.entries = journal.entries.slice(0, -dropped);
	await writeFile(journalFile, JSON.stringify(journal));
	return folder;
}

describe('an embedded database of the release before', () => {
	it('is brought up to date when opened, its entries indexed again and nothing left over', async () => {
		dir = await mkdtemp(join(tmpdir(), 'whatworks-upgrade-'));
		const pgliteDir = join(dir, 'pglite');
		const earlier = new PGlite({ dataDir: pgliteDir, extensions: pgliteExtensions });
		await migrate(drizzle({ client: earlier }), {
			migrationsFolder: await earlierMigrations(dir, 1)
		});
		// Entries published before 0032 have a search vector but none of its parts.
		for (const [slug, name, description] of [
			['named', 'Kinship Carer Groups', 'Groups for relatives raising children.'],
			['described', 'Relative Carer Groups', 'Circles of kinship carers meet each week.']
		]) {
			await earlier.query(
				`insert into interventions (slug, name, summary, description, emmie, page_updated)
					values ($1, $2, 'Support for carers.', $3, '{}', '2026-01-01')`,
				[slug, name, description]
			);
		}
		await earlier.close();

		const handle = await openDatabase({ pgliteDir });
		try {
			const found = await searchInterventions(
				handle.db,
				interventionSearchInputSchema.parse({ q: 'kinship circles' })
			);
			// A term in the name outweighs two in the body: the names part was filled in.
			expect(found.items.map((item) => item.slug)).toEqual(['named', 'described']);
			const table = await handle.db
				.select({
					rows: sql<number>`reltuples::int`,
					settled: sql<number>`relallvisible::int`
				})
				.from(sql`pg_class`)
				.where(sql`relname = 'interventions'`);
			// PGlite has no autovacuum: opening vacuumed (every page settled) and analysed (the
			// planner counts the rows) the rewritten table.
			expect(table).toEqual([{ rows: 2, settled: 1 }]);
		} finally {
			await handle.close();
		}
	});
});
