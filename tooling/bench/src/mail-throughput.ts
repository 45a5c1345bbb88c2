import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findMailProgress } from '@whatworks/db';
import { databaseEnv, spawnManaged, type ManagedProcess } from '@whatworks/e2e';
import type { MailProgress } from '@whatworks/domain';
import { engineName, type Engine } from './engine.js';
import { fillMailing } from './mail-database.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database.js';
import { freePortInRange } from './port-in-range.js';
import { cpuSecondsNamed, cpuSecondsOf, peakRssOf } from './process-stats.js';
import type { SmtpSink } from './smtp-sink.js';
import { count, log } from './say.js';

/** The built API server, as `pnpm start` and the production servers run it. */
export const serverEntry = fileURLToPath(
	new URL('../../../apps/server/dist/main.js', import.meta.url)
);

/** Where the mailing's links lead and its Message-IDs name. */
const siteOrigin = 'https://whatworks.example';
/** High enough that the worker's rate limit never binds: what is measured is how fast it can go. */
export const mailRate = 100_000;
/** A mailing that has started but gets no message for this long has stalled. */
const stallMs = 120_000;
const progressEveryMs = 10_000;

/** One run: an engine, a number of recipients, and what happened. */
export interface MailRun {
	engine: Engine;
	recipients: number;
	/** The database, for the report's conditions; null when it could not be made. */
	database: { description: string; version: string; insertSeconds: number } | null;
	/** Messages the sink accepted, and to how many distinct addresses. */
	arrived: number;
	distinctRecipients: number;
	/** Average size of a message as sent, in bytes. */
	averageBytes: number | null;
	/** Seconds from spawning the server to the first and to the last message's arrival. */
	firstMessageSeconds: number | null;
	totalSeconds: number | null;
	/** Seconds between the first and the last arrival. */
	sendingSeconds: number | null;
	/** Messages per second in each tenth of the mailing, in order. */
	tenths: number[];
	/** The server's peak resident set (VmHWM), in bytes, at the end and when the first message came. */
	peakRss: number | null;
	peakRssAtFirstMessage: number | null;
	/**
	 * CPU seconds used from the first message's arrival to the last's: by the server, by every
	 * Postgres process on the machine (null on PGlite), and by the benchmark's process (the sink).
	 */
	cpu: { server: number | null; postgres: number | null; sink: number } | null;
	/** The outbox after the server stopped: how many messages it recorded as sent, failed… */
	outbox: MailProgress | null;
	failure: string | null;
}

/** The mailing's messages per second: all of them over the time from the first to the last. */
export function messagesPerSecond(run: MailRun): number | null {
	if (run.sendingSeconds === null || run.sendingSeconds <= 0) return null;
	return run.arrived / run.sendingSeconds;
}

/** Messages per second in each tenth of the arrivals. */
function rateByTenth(arrivals: Float64Array): number[] {
	const n = arrivals.length;
	if (n < 20) return [];
	const rates: number[] = [];
	for (let tenth = 0; tenth < 10; tenth++) {
		const from = Math.floor((tenth * n) / 10);
		const to = Math.floor(((tenth + 1) * n) / 10) - 1;
		// From the arrival before the tenth's first, so the tenths add up to the whole mailing.
		const start = arrivals[Math.max(0, from - 1)] as number;
		const seconds = ((arrivals[to] as number) - start) / 1000;
		rates.push(seconds > 0 ? (to - Math.max(0, from - 1)) / seconds : Number.POSITIVE_INFINITY);
	}
	return rates;
}

/** The environment of the API server: set, not inherited, where it changes what is measured. */
function serverEnv(database: Record<string, string>, port: number, smtpUrl: string) {
	const env: NodeJS.ProcessEnv = { ...process.env };
	for (const key of [
		'DATABASE_URL',
		'PGLITE_DIR',
		'LOG_FILE',
		'MAIL_FROM',
		'DKIM_DOMAIN',
		'DKIM_SELECTOR',
		'DKIM_PRIVATE_KEY_FILE',
		'NODE_OPTIONS'
	]) {
		delete env[key];
	}
	return Object.assign(env, {
		PORT: String(port),
		HOST: '127.0.0.1',
		WHATWORKS_SEED_DEMO: 'false',
		LOG_LEVEL: 'warn',
		SMTP_URL: smtpUrl,
		MAIL_RATE: String(mailRate),
		// One process: the server's first process alone sends, and its memory and CPU are read by pid.
		API_WORKERS: '1',
		SITE_ORIGIN: siteOrigin,
		...database
	});
}

/** Waits until the sink has `recipients` messages, the server stops, it stalls or time runs out. */
async function waitForMessages(options: {
	sink: SmtpSink;
	server: ManagedProcess;
	recipients: number;
	label: string;
	started: number;
	timeoutMs: number;
}): Promise<string | null> {
	const { sink, server, recipients, label, started, timeoutMs } = options;
	let lastProgress = started;
	let lastCount = 0;
	let lastChange = started;
	for (;;) {
		await new Promise((resolve) => setTimeout(resolve, 100));
		const now = performance.now();
		const { messages } = sink.count();
		if (messages >= recipients) return null;
		if (messages !== lastCount) {
			lastCount = messages;
			lastChange = now;
		}
		if (server.hasExited()) {
			const tail = server.output().trim().split('\n').slice(-5).join(' / ');
			return `the API server stopped (${await server.exited}) after ${count(messages)} messages: ${tail || 'it printed nothing'}`;
		}
		if (now - started > timeoutMs) {
			return `timed out after ${Math.round(timeoutMs / 60_000)} min with ${count(messages)} of ${count(recipients)} messages`;
		}
		if (messages > 0 && now - lastChange > stallMs) {
			return `no message for ${stallMs / 1000} s after ${count(messages)} of ${count(recipients)}`;
		}
		if (now - lastProgress >= progressEveryMs) {
			lastProgress = now;
			const { firstAt } = sink.count();
			const rate =
				firstAt === null || messages < 2
					? ''
					: `, ${((1000 * messages) / (now - firstAt)).toFixed(0)}/s so far`;
			log(
				`  ${label}: ${count(messages)} of ${count(recipients)} messages after ${((now - started) / 1000).toFixed(0)} s${rate}`
			);
		}
	}
}

/**
 * One run: a fresh database of `engine` with `recipients` confirmed subscribers and a mailing of
 * one issue to all of them due now; the built API server started on it, sending to `sink`; timed
 * until the sink has every message. The server's peak RSS is read just before it is stopped;
 * then the outbox is read to see what the server recorded.
 */
export async function measureMailing(options: {
	engine: Engine;
	recipients: number;
	postgresUrl: string;
	sink: SmtpSink;
	timeoutMs: number;
}): Promise<MailRun> {
	const { engine, recipients, postgresUrl, sink, timeoutMs } = options;
	const label = `${engineName(engine)}, ${count(recipients)} recipients`;
	const run: MailRun = {
		engine,
		recipients,
		database: null,
		arrived: 0,
		distinctRecipients: 0,
		averageBytes: null,
		firstMessageSeconds: null,
		totalSeconds: null,
		sendingSeconds: null,
		tenths: [],
		peakRss: null,
		peakRssAtFirstMessage: null,
		cpu: null,
		outbox: null,
		failure: null
	};
	if (!existsSync(serverEntry)) {
		return { ...run, failure: `${serverEntry} is missing: build the server first` };
	}
	log(`${label}: a fresh database, its subscribers and the mailing`);
	let database: ScratchDatabase;
	try {
		database = await createScratchDatabase(engine === 'postgres' ? postgresUrl : undefined);
	} catch (error) {
		return { ...run, failure: `the database could not be made: ${String(error)}` };
	}
	try {
		const handle = await database.open();
		let mailingId: number;
		try {
			const filled = await fillMailing(handle.db, { recipients, siteOrigin });
			run.database = {
				description: database.description,
				version: filled.version,
				insertSeconds: filled.insertSeconds
			};
			mailingId = filled.mailingId;
		} finally {
			// PGlite lets one process open it at a time: the server's turn.
			await handle.close();
		}

		const port = await freePortInRange();
		log(`${label}: starting the API server, sending to the sink`);
		let server: ManagedProcess | null = null;
		const cpuNow = () => ({
			server: cpuSecondsOf(server?.child.pid),
			postgres: engine === 'postgres' ? cpuSecondsNamed('postgres') : null,
			sink: process.cpuUsage()
		});
		let cpuAtFirst: ReturnType<typeof cpuNow> | null = null;
		sink.reset((messages) => {
			if (messages !== 1) return;
			run.peakRssAtFirstMessage = peakRssOf(server?.child.pid);
			cpuAtFirst = cpuNow();
		});
		const started = performance.now();
		server = spawnManaged({
			name: 'API server',
			command: process.execPath,
			args: ['--enable-source-maps', serverEntry],
			cwd: dirname(serverEntry),
			env: serverEnv(databaseEnv(database.location), port, sink.url)
		});
		try {
			run.failure = await waitForMessages({
				sink,
				server,
				recipients,
				label,
				started,
				timeoutMs
			});
			run.peakRss = peakRssOf(server.child.pid);
			const first = cpuAtFirst as ReturnType<typeof cpuNow> | null;
			if (first) {
				const last = cpuNow();
				const since = (now: number | null, then: number | null) =>
					now === null || then === null ? null : now - then;
				const sinkMicros = process.cpuUsage(first.sink);
				run.cpu = {
					server: since(last.server, first.server),
					postgres: since(last.postgres, first.postgres),
					sink: (sinkMicros.user + sinkMicros.system) / 1e6
				};
			}
		} finally {
			await server.stop();
		}
		const arrived = sink.count();
		run.arrived = arrived.messages;
		run.distinctRecipients = arrived.recipients;
		run.averageBytes = arrived.messages > 0 ? arrived.bytes / arrived.messages : null;
		if (arrived.firstAt !== null && arrived.lastAt !== null) {
			run.firstMessageSeconds = (arrived.firstAt - started) / 1000;
			run.totalSeconds = (arrived.lastAt - started) / 1000;
			run.sendingSeconds = (arrived.lastAt - arrived.firstAt) / 1000;
		}
		run.tenths = rateByTenth(sink.arrivals());
		sink.reset();

		const reopened = await database.open();
		try {
			run.outbox = await findMailProgress(reopened.db, mailingId);
		} finally {
			await reopened.close();
		}
		if (run.failure === null && run.outbox.sent !== recipients) {
			run.failure = `every message arrived, but the outbox records ${count(run.outbox.sent)} as sent`;
		}
		const rate = messagesPerSecond(run);
		log(
			`${label}: ${count(run.arrived)} messages` +
				(rate === null ? '' : `, ${rate.toFixed(0)}/s`) +
				(run.peakRss === null ? '' : `, peak RSS ${(run.peakRss / 1024 ** 2).toFixed(0)} MiB`) +
				(run.failure ? ` — ${run.failure}` : '')
		);
		return run;
	} catch (error) {
		return { ...run, failure: error instanceof Error ? error.message : String(error) };
	} finally {
		await database
			.discard()
			.catch((error: unknown) => log(`Could not remove the database: ${String(error)}`));
	}
}
