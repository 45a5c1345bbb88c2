import type { Database } from './client.js';
import { newestMigration } from './migrate.js';
import { hasHappened, recordOnce } from './queries/app-events.js';

/**
 * PGlite has no autovacuum. Once a release's migrations, and the analyses of outcomes they left
 * to do, have rewritten an embedded database's rows (0032 indexes every entry again), the old
 * rows are reclaimed and the planner's statistics refreshed: once per release, recorded only when
 * done, so a start stopped midway does it at the next. A database made new has nothing to
 * reclaim. Without it, 0032's dead rows cut searches of 10,000 entries from 48 a second to 30.
 */
export async function vacuumOncePerRelease(
	db: Database,
	client: { exec(statement: string): Promise<unknown> },
	{ madeNew }: { madeNew: boolean }
): Promise<void> {
	const key = `pglite.vacuumed-after-migration.${newestMigration()}`;
	if (await hasHappened(db, { key })) return;
	if (!madeNew) await client.exec('vacuum analyze');
	await recordOnce(db, { key });
}
