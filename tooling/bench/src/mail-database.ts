import { scheduleMailing, type Database } from '@whatworks/db';
import { rowsOf } from '@whatworks/db/testing';
import { benchEntries, benchIssue, benchItems, benchMessage } from './mail-issue.js';
import { tables } from './tables.js';

/** The Postgres server the scratch databases are made on when `BENCH_MAIL_DATABASE_URL` is unset. */
export const defaultPostgresUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

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
