import { interventionSearchInputSchema } from '@whatworks/domain';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { like, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type DatabaseHandle } from './client.js';
import { searchInterventions } from './queries/search.js';
import { appEvents } from './schema/index.js';
import { testDatabaseKinds } from './testing/test-databases.js';
import { openUpgradedDatabase } from './testing/upgraded-database.js';

/** Entries published before migration 0032: a search vector, none of its parts. */
const entriesBefore0032 = `insert into interventions (slug, name, summary, description, emmie, page_updated) values
	('named', 'Kinship Carer Groups', 'Support for carers.', 'Groups meet each week.', '{}', '2026-01-01'),
	('summarised', 'Relative Carer Groups', 'Support for kinship carers.', 'Groups meet each week.', '{}', '2026-01-01'),
	('described', 'Carer Groups', 'Support for carers.', 'Circles meet each week.', '{}', '2026-01-01');`;

const slugsFound = async (db: Database, q: string) =>
	(await searchInterventions(db, interventionSearchInputSchema.parse({ q }))).items.map(
		(item) => item.slug
	);

/** What the planner knows of the interventions table: rows counted, pages all visible. */
const tableState = (db: Database) =>
	db
		.select({ rows: sql<number>`reltuples::int`, settled: sql<number>`relallvisible::int` })
		.from(sql`pg_class`)
		.where(sql`relname = 'interventions'`);

let handle: DatabaseHandle | null = null;
afterEach(async () => {
	await handle?.close();
	handle = null;
});

describe.each(testDatabaseKinds)('entries indexed before 0032, upgraded on %s', (engine) => {
	it('rank by where each word is, from the parts the upgrade filled in', async () => {
		handle = await openUpgradedDatabase(engine, { lastMigration: 31, data: entriesBefore0032 });
		// "kinship" in a name outweighs it in a summary, which outweighs the rarer "circles" in a
		// body: with the parts empty all three would count as body matches, "described" first.
		expect(await slugsFound(handle.db, 'kinship circles')).toEqual([
			'named',
			'summarised',
			'described'
		]);
	});
});

describe('an embedded database after migrating', () => {
	it('is vacuumed and analysed once a release, after an upgrade (PGlite has no autovacuum)', async () => {
		handle = await openUpgradedDatabase('pglite', { lastMigration: 31, data: entriesBefore0032 });
		// The rows 0032 rewrote were reclaimed (every page settled), and the planner counts them.
		expect(await tableState(handle.db)).toEqual([{ rows: 3, settled: 1 }]);
	});

	it('is vacuumed at the next start when the last one stopped before recording it', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'whatworks-vacuum-'));
		try {
			const pgliteDir = join(dir, 'pglite');
			const made = await openDatabase({ pgliteDir });
			await made.db.execute(sql.raw(entriesBefore0032));
			await made.close();
			// Made new: recorded without a vacuum (nothing to reclaim), and not vacuumed again.
			const reopened = await openDatabase({ pgliteDir });
			expect(await tableState(reopened.db)).toEqual([{ rows: -1, settled: 0 }]);
			await reopened.db.delete(appEvents).where(like(appEvents.key, 'pglite.vacuumed%'));
			await reopened.close();
			handle = await openDatabase({ pgliteDir });
			expect(await tableState(handle.db)).toEqual([{ rows: 3, settled: 1 }]);
		} finally {
			await handle?.close();
			handle = null;
			await rm(dir, { recursive: true, force: true });
		}
	});
});
