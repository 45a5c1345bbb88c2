import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentKindKeys, type ContentKind } from '@whatworks/domain';
import { asc, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type DatabaseHandle } from '../client.js';
import { startDraft } from '../drafts/start-draft.js';
import { defaultDataDir } from '../paths.js';
import { createInvite } from '../queries/accounts.js';
import { verifyAuditChain } from '../queries/audit-chain.js';
import { storePdf } from '../queries/files.js';
import { storeImage } from '../queries/images.js';
import { createSession } from '../queries/sessions.js';
import { beginSignInAttempt, markSignInSucceeded } from '../queries/sign-in-attempts.js';
import * as tables from '../schema/index.js';
import { seedDemoContent } from '../seed/seed-demo-content.js';
import {
	openEmptyPostgresDatabase,
	openTestDatabase,
	rowsOf,
	testDatabaseKinds
} from '../testing/test-databases.js';
import { backupDatabase, BackupError, restoreDatabase } from './index.js';

const work = mkdtempSync(join(tmpdir(), 'whatworks-backup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const quiet = () => {};

/** The first live item of each kind, to open a draft of. */
const tableOf = {
	intervention: tables.interventions,
	publication: tables.publications,
	project: tables.researchProjects,
	programme: tables.programmes,
	partner: tables.partners,
	article: tables.articles,
	author: tables.authors,
	newsletter: tables.newsletters
} satisfies Record<ContentKind, unknown>;

/**
 * Demo content and a row in every table: an account with a role, a session, a sign-in attempt,
 * an invite, a stored PDF and image (bytes that text would not carry), an open draft of every kind
 * with a comment, and the audit entries they make.
 */
async function fill(db: Database): Promise<void> {
	await seedDemoContent(db, { dataDir: defaultDataDir });
	const [editor] = await db
		.insert(tables.users)
		.values({ email: 'editor@example.org', name: 'Editor' })
		.returning();
	const editorId = editor?.id ?? 0;
	// From the real time: a session or invite already expired would be a different row to keep.
	const now = new Date();
	const daysFrom = (days: number) => new Date(now.getTime() + days * 86_400_000);
	await db.insert(tables.userRoles).values({ userId: editorId, role: 'editor' });
	await createSession(db, {
		userId: editorId,
		tokenHash: 'session-token-hash',
		now,
		expiresAt: daysFrom(1),
		ipAddress: '192.0.2.1',
		userAgent: 'test'
	});
	const attemptId = await beginSignInAttempt(
		db,
		{ email: 'editor@example.org', ipAddress: '192.0.2.1', at: now, since: now },
		() => false
	);
	if (attemptId !== null) await markSignInSucceeded(db, attemptId);
	await createInvite(db, {
		email: 'reviewer@example.org',
		name: 'Reviewer',
		roles: ['reviewer'],
		tokenHash: 'invite-token-hash',
		expiresAt: daysFrom(3),
		invitedBy: editorId
	});
	const pdf = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x80, 0x0a]);
	await storePdf(db, { name: 'report.pdf', content: pdf, uploadedBy: editorId });
	const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0x00, 0x80, 0x0a]);
	await storeImage(db, {
		width: 640,
		height: 480,
		renditions: [{ width: 640, format: 'jpeg', content: jpeg }],
		uploadedBy: editorId
	});
	// The newsletter's and the mail's tables, one row each.
	const [subscriber] = await db
		.insert(tables.subscribers)
		.values({ email: 'reader@example.org', topics: ['news'], confirmedAt: now })
		.returning();
	await db
		.insert(tables.signUpAttempts)
		.values({ email: 'reader@example.org', ipAddress: '192.0.2.1' });
	await db.insert(tables.mailSuppressions).values({ addressHash: 'ab12', reason: 'bounced' });
	const message = {
		messageId: `<confirm.${subscriber?.id}@example.org>`,
		recipient: 'reader@example.org',
		subject: 'Confirm',
		html: '<p>Confirm</p>',
		text: 'Confirm'
	};
	await db.insert(tables.outbox).values({ ...message, headers: { 'List-Id': 'x' } });
	await db.insert(tables.caughtMail).values({ ...message, headers: 'Subject: Confirm' });
	// An issue's mailing, and the subscriber's copy of it, whose words are the mailing's.
	const [issue] = await db.select({ id: tables.newsletters.id }).from(tables.newsletters).limit(1);
	const [mailing] = await db
		.insert(tables.mailings)
		.values({
			newsletterId: issue?.id ?? 0,
			message: { subject: 'No.16', heading: 'No.16', paragraphs: ['Hello'], footer: [] },
			topics: ['news'],
			sendAt: now,
			sentBy: editorId
		})
		.returning();
	await db.insert(tables.outbox).values({
		messageId: `<newsletter-16.subscriber-${subscriber?.id}@example.org>`,
		mailingId: mailing?.id ?? 0,
		subscriberId: subscriber?.id ?? 0,
		recipient: 'reader@example.org'
	});
	await db.insert(tables.secrets).values({ name: 'links', value: 'c2VjcmV0' });
	for (const kind of contentKindKeys) {
		const [first] = await db
			.select({ slug: tableOf[kind].slug })
			.from(tableOf[kind])
			.orderBy(asc(tableOf[kind].slug))
			.limit(1);
		const draftId = await startDraft(db, { kind, slug: first?.slug ?? '', actorId: editorId });
		await db
			.insert(tables.draftComments)
			.values({ draftId, authorId: editorId, text: 'Check the dates.' });
	}
}

/** Every table's rows, as a count and a digest of their text, with the migrations applied. */
async function contentsOf(db: Database): Promise<Record<string, string>> {
	const names = rowsOf<{ name: string }>(
		await db.execute(sql`select schemaname || '.' || tablename as name from pg_tables
			where schemaname in ('public', 'drizzle') order by 1`)
	);
	const contents: Record<string, string> = {};
	for (const { name } of names) {
		const [schema, table] = name.split('.') as [string, string];
		const [row] = rowsOf<{ rows: string; digest: string | null }>(
			await db.execute(sql`select count(*)::text as rows, md5(string_agg(t::text, '|' order by t::text)) as digest
				from ${sql.identifier(schema)}.${sql.identifier(table)} t`)
		);
		contents[name] = `${row?.rows} rows, ${row?.digest}`;
	}
	return contents;
}

describe.each(testDatabaseKinds)('a backup on %s', { timeout: 120_000 }, (kind) => {
	const opened: (DatabaseHandle | { close(): Promise<void> })[] = [];
	afterAll(async () => {
		for (const handle of opened) await handle.close();
	});

	it('restores into a new database every table as it was, and refuses one holding data', async () => {
		const file = join(work, `${kind}.backup`);
		const steps: string[] = [];
		let original: Record<string, string>;
		let target: { databaseUrl?: string; pgliteDir: string };
		if (kind === 'pglite') {
			const pgliteDir = join(work, 'original');
			const handle = await openDatabase({ pgliteDir });
			await fill(handle.db);
			original = await contentsOf(handle.db);
			await handle.close(); // the embedded database is backed up with its server stopped
			await backupDatabase({ pgliteDir }, file, (step) => steps.push(step));
			target = { pgliteDir: join(work, 'restored') };
		} else {
			const handle = await openTestDatabase(kind);
			opened.push(handle);
			await fill(handle.db);
			original = await contentsOf(handle.db);
			await backupDatabase({ databaseUrl: handle.url, pgliteDir: '' }, file, (s) => steps.push(s));
			const empty = await openEmptyPostgresDatabase();
			opened.push({ close: () => empty.drop() });
			target = { databaseUrl: empty.url, pgliteDir: '' };
		}
		expect(steps.length).toBeGreaterThan(0); // a long run shows what it is doing

		await restoreDatabase(target, file, { force: false, progress: quiet });
		const restored = await openDatabase(target);
		try {
			// Every table holds rows, so each one's round trip is compared, not just its columns.
			expect(Object.entries(original).filter(([, rows]) => rows.startsWith('0 rows'))).toEqual([]);
			expect(await contentsOf(restored.db)).toEqual(original);
			expect((await verifyAuditChain(restored.db)).broken).toBeNull();
		} finally {
			await restored.close();
		}

		await expect(restoreDatabase(target, file, { force: false, progress: quiet })).rejects.toThrow(
			BackupError
		);
		await restoreDatabase(target, file, { force: true, progress: quiet });
		if (kind === 'postgres') {
			// What the database held before is dumped beside the backup, never lost.
			expect(
				readdirSync(work).filter((name) => name.startsWith('whatworks-postgres-before'))
			).toHaveLength(1);
		}
		if (kind === 'pglite') {
			// The database replaced is kept beside it, never deleted…
			const asides = () => readdirSync(work).filter((name) => name.startsWith('restored.before'));
			expect(asides()).toHaveLength(1);
			// …and a file that is no database leaves the one there as it was.
			const notADatabase = join(work, 'not-a-database.tar.gz');
			writeFileSync(notADatabase, gzipSync('not a database'));
			await expect(
				restoreDatabase(target, notADatabase, { force: true, progress: quiet })
			).rejects.toThrow(BackupError);
			expect(asides()).toHaveLength(1);
			const kept = await openDatabase(target);
			expect(await contentsOf(kept.db)).toEqual(original);
			await kept.close();
		}
	});
});
