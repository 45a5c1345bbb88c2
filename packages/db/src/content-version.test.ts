import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type DatabaseHandle } from './client.js';
import { readContentVersion } from './content-version.js';
import { topics } from './schema/index.js';
import {
	openTestDatabase,
	rowsOf,
	testDatabaseKinds,
	type TestDatabase
} from './testing/test-databases.js';

/** Tables readers never see anything of, so writing them leaves the content version alone. */
const unseenByReaders = [
	'app_events',
	'audit_events',
	'caught_mail', // the mail tables: messages and who receives them, never published content
	'content_version',
	'draft_comments',
	'drafts', // but for a draft shown as coming soon, which has triggers of its own
	'image_renditions', // uploads never change; readers see one when an article (watched) shows it
	'images',
	'invites',
	'mail_suppressions',
	'mailings', // when an issue goes out; its page is the newsletters table's
	'outbox',
	'revisions',
	'secrets',
	'sessions',
	'sign_in_attempts',
	'sign_up_attempts',
	'subscribers',
	'user_roles',
	'users'
];

/** Every version `handle` hears of from now on, the current one first. */
async function follow(handle: DatabaseHandle) {
	const heard: string[] = [];
	const stop = await handle.watchContentVersion(
		(version) => heard.push(version),
		(error) => heard.push(`error: ${String(error)}`)
	);
	return { heard, stop };
}

/** Within a second, as readers of the site would wait. */
const withinASecond = { timeout: 1000, interval: 10 };

describe.each(testDatabaseKinds)('the content version on %s', (kind) => {
	let handle: TestDatabase;
	beforeAll(async () => {
		handle = await openTestDatabase(kind);
	});
	afterAll(async () => {
		await handle.close();
	});

	it('changes with every table readers see, and only with those', async () => {
		const rows = rowsOf<{ name: string; watched: boolean }>(
			await handle.db.execute(sql`
			select c.relname as name, exists (
				select from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'content_changed'
			) as watched
			from pg_class c join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = 'public' and c.relkind = 'r' order by 1`)
		);
		const unwatched = rows.filter((row) => !row.watched).map((row) => row.name);
		// A new table fails here until it is watched (a trigger in its migration) or listed above.
		expect(unwatched).toEqual(unseenByReaders);
	});

	it('announces one new version when a change commits, and none when it rolls back', async () => {
		const before = await readContentVersion(handle.db);
		const { heard, stop } = await follow(handle);
		expect(heard).toEqual([before]);
		await handle.db.transaction(async (tx) => {
			await tx.insert(topics).values({ key: 'test-one' as never, label: 'One' });
			await tx.insert(topics).values({ key: 'test-two' as never, label: 'Two' });
		});
		await vi.waitFor(() => expect(heard).toHaveLength(2), withinASecond);
		const after = await readContentVersion(handle.db);
		expect(heard).toEqual([before, after]);
		expect(after).not.toBe(before);

		await handle.db
			.transaction(async (tx) => {
				await tx.delete(topics);
				tx.rollback();
			})
			.catch(() => {});
		await new Promise((resolve) => setTimeout(resolve, 300));
		await stop();
		expect(heard).toEqual([before, after]);
		expect(await readContentVersion(handle.db)).toBe(after);
	});

	it('leaves the version alone when staff work on drafts that readers do not see', async () => {
		const before = await readContentVersion(handle.db);
		await handle.db.execute(sql`insert into app_events (key) values ('test.unseen')`);
		await handle.db.execute(sql`update drafts set updated_at = now()`);
		expect(await readContentVersion(handle.db)).toBe(before);
	});
});

// Several servers share a database on Postgres only: PGlite is one process's.
describe.each(testDatabaseKinds.filter((kind) => kind === 'postgres'))(
	'the content version of servers sharing %s',
	(kind) => {
		let handle: TestDatabase;
		beforeAll(async () => {
			handle = await openTestDatabase(kind);
		});
		afterAll(async () => {
			await handle.close();
		});

		it('reaches every server within a second of a change through any of them', async () => {
			const other = await openDatabase({ databaseUrl: handle.url });
			try {
				const { heard, stop } = await follow(other);
				await handle.db.insert(topics).values({ key: 'test-three' as never, label: 'Three' });
				await vi.waitFor(() => expect(heard).toHaveLength(2), withinASecond);
				await stop();
				expect(heard[1]).toBe(await readContentVersion(handle.db));
			} finally {
				await other.close();
			}
		});

		it('finds a version announced while a server’s listening connection was lost', async () => {
			const other = await openDatabase({ databaseUrl: handle.url });
			try {
				const { heard, stop } = await follow(other);
				// The connection that listens is cut, as a restart or a network fault would, and a
				// change is published before it is back: its announcement reaches nobody there.
				const listening = sql`from pg_stat_activity
					where datname = current_database() and query ilike 'listen%'`;
				const cut = rowsOf<{ pid: number; cut: boolean }>(
					await handle.db.execute(sql`select pid, pg_terminate_backend(pid) as cut ${listening}`)
				);
				expect(cut.map((row) => row.cut)).toEqual([true]);
				await handle.db.transaction(async (tx) => {
					// Nobody listens but the cut backend, which a busy server may still list for a
					// moment as it ends: its client is gone, so what it is sent reaches nobody.
					const [still] = rowsOf<{ count: number }>(
						await tx.execute(
							sql`select count(*)::int as count ${listening} and pid <> ${cut[0]?.pid ?? 0}`
						)
					);
					expect(still?.count).toBe(0);
					await tx.insert(topics).values({ key: 'test-four' as never, label: 'Four' });
				});
				const published = await readContentVersion(handle.db);
				await vi.waitFor(() => expect(heard.at(-1)).toBe(published), { timeout: 5000 });
				await stop();
			} finally {
				await other.close();
			}
		});
	}
);
