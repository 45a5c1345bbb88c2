import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	migrateDatabase,
	openDatabase,
	redactUrl,
	scheduleMailing,
	type Database,
	type DatabaseHandle
} from '@whatworks/db';
import { rowsOf } from '@whatworks/db/testing';
import postgres from 'postgres';
import type { Engine } from './engine.js';
import { benchEntries, benchIssue, benchItems, benchMessage } from './mail-issue.js';
import { tables } from './tables.js';

/** The database engines the mail benchmark runs on. */

/** The Postgres server the scratch databases are made on when `BENCH_MAIL_DATABASE_URL` is unset. */
export const defaultPostgresUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh database of one run, and its removal. */
export interface MailDatabase {
	/** Where the API server finds it. */
	readonly env: { PGLITE_DIR: string } | { DATABASE_URL: string };
	/** What it is, for the report, without secrets. */
	readonly description: string;
	/** Opens it. PGlite allows one process at a time: close it before the API server starts. */
	open(): Promise<DatabaseHandle>;
	/** Removes it: the temporary directory, or the scratch database (dropped). */
	discard(): Promise<void>;
}

/**
 * A new, migrated, empty database: PGlite in a fresh temporary directory (migrated as it is
 * first opened), or a new database on the Postgres server of `serverUrl`, made by connecting to
 * the database that URL names and migrated by the migration step.
 */
export async function createMailDatabase(engine: Engine, serverUrl: string): Promise<MailDatabase> {
	if (engine === 'pglite') {
		const dir = await mkdtemp(join(tmpdir(), 'whatworks-bench-mail-'));
		const pgliteDir = join(dir, 'pglite');
		return {
			env: { PGLITE_DIR: pgliteDir },
			description: 'PGlite (embedded) in a fresh temporary directory',
			open: () => openDatabase({ pgliteDir }),
			discard: () => rm(dir, { recursive: true, force: true, maxRetries: 3 })
		};
	}
	const name = `whatworks_bench_mail_${randomBytes(6).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	const drop = async () => {
		try {
			await admin`drop database if exists ${admin(name)} with (force)`;
		} finally {
			await admin.end({ timeout: 5 });
		}
	};
	try {
		await admin`create database ${admin(name)}`;
	} catch (error) {
		await admin.end({ timeout: 1 });
		throw error;
	}
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	const databaseUrl = url.toString();
	try {
		await migrateDatabase({ ownerUrl: databaseUrl });
	} catch (error) {
		await drop();
		throw error;
	}
	return {
		env: { DATABASE_URL: databaseUrl },
		description: `Postgres, a scratch database on ${redactUrl(serverUrl).replace(/\/[^/]*$/, '')}`,
		open: () => openDatabase({ databaseUrl }),
		discard: drop
	};
}

/** What a filled database holds, for the report. */
export interface FilledMailing {
	/** The server, e.g. "PostgreSQL 17.5 (PGlite 0.3.0)". */
	version: string;
	/** Confirmed subscribers, all of whom the mailing goes to. */
	subscribers: number;
	/** Seconds the subscribers took to insert. */
	insertSeconds: number;
	/** The mailing, due now. */
	mailingId: number;
}

/**
 * Fills an empty database for one run: a staff member who sends, the published issue, `recipients`
 * confirmed subscribers (one INSERT … SELECT from generate_series) and a mailing of the issue to
 * every confirmed subscriber, due now, scheduled as the console's "send now" does.
 */
export async function fillMailing(
	db: Database,
	{ recipients, siteOrigin }: { recipients: number; siteOrigin: string }
): Promise<FilledMailing> {
	if (!Number.isSafeInteger(recipients) || recipients < 1) {
		throw new RangeError(`Expected a number of recipients, got ${recipients}`);
	}
	const [version] = rowsOf<{ version: string }>(await db.execute('select version() as version'));
	const [sender] = await db
		.insert(tables.users)
		.values({ email: 'bench-sender@whatworks.example', name: 'Benchmark sender' })
		.returning({ id: tables.users.id });
	if (!sender) throw new Error('The sender was not stored');
	await db.insert(tables.newsletters).values({
		slug: String(benchIssue.number),
		number: benchIssue.number,
		title: benchIssue.title,
		issuedOn: benchIssue.issuedOn,
		introduction: benchIssue.introduction,
		items: benchItems,
		entries: benchEntries
	});
	const started = performance.now();
	// Readers with one to three topics each, confirmed a while ago: the mailing goes to everyone.
	await db.execute(`
		insert into subscribers (email, topics, created_at, confirmed_at)
		select
			'reader-' || n || '@readers.example',
			case n % 3
				when 0 then '{evidence,research}'
				when 1 then '{news}'
				else '{evidence,news,events}'
			end::text[],
			now() - interval '30 days',
			now() - interval '30 days'
		from generate_series(1, ${recipients}) as n`);
	const insertSeconds = (performance.now() - started) / 1000;
	const mailingId = await scheduleMailing(db, {
		number: benchIssue.number,
		message: benchMessage(siteOrigin),
		topics: null,
		sendAt: new Date(),
		sentBy: sender.id
	});
	return {
		// Up to " on <platform>, compiled by …", which says nothing about speed.
		version: version?.version.split(' on ')[0] ?? 'unknown version',
		subscribers: recipients,
		insertSeconds,
		mailingId
	};
}
