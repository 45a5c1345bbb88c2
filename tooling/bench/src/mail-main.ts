import { loadavg } from 'node:os';
import { describeMachine } from './machine.js';
import type { Engine } from './engine.js';
import { defaultPostgresUrl } from './mail-database.js';
import { formatMailThroughput } from './mail-report.js';
import { mailRate, measureMailing, type MailRun } from './mail-throughput.js';
import { startSmtpSink } from './smtp-sink.js';
import { count, log } from './say.js';

/** The sizes the issue asks for: the peak RSS of the larger is judged against the smaller's. */
const defaultSizes = [10_000, 100_000];
const defaultEngines: Engine[] = ['postgres', 'pglite'];

function fail(message: string): never {
	log(message);
	process.exit(1);
}

function readSizes(text: string | undefined): number[] {
	if (text === undefined || text.trim() === '') return defaultSizes;
	const sizes = text.split(',').map((each) => Number(each.trim().replaceAll('_', '')));
	if (sizes.some((size) => !Number.isSafeInteger(size) || size < 1)) {
		fail(`BENCH_MAIL_SIZES must be whole numbers of recipients, comma-separated (got "${text}").`);
	}
	return sizes;
}

function readEngines(text: string | undefined): Engine[] {
	if (text === undefined || text.trim() === '') return defaultEngines;
	const engines = text.split(',').map((each) => each.trim());
	const known = (each: string): each is Engine => each === 'postgres' || each === 'pglite';
	if (!engines.every(known)) {
		fail(`BENCH_MAIL_ENGINES must be postgres, pglite or both, comma-separated (got "${text}").`);
	}
	return engines;
}

function readTimeoutMinutes(text: string | undefined): number {
	if (text === undefined || text.trim() === '') return 20;
	const minutes = Number(text);
	if (!(minutes > 0))
		fail(`BENCH_MAIL_TIMEOUT_MINUTES must be a number of minutes (got "${text}").`);
	return minutes;
}

const load = () =>
	loadavg()
		.map((each) => each.toFixed(2))
		.join(', ');

function conditions(runs: readonly MailRun[], loadAtStart: string): [string, string][] {
	const databases = [
		...new Map(
			runs.flatMap((run) =>
				run.database ? [[run.engine, `${run.database.description}, ${run.database.version}`]] : []
			)
		).values()
	];
	const sizes = runs.flatMap((run) => (run.averageBytes === null ? [] : [run.averageBytes]));
	const inserts = runs.flatMap((run) =>
		run.database
			? [`${count(run.recipients)} on ${run.engine} ${run.database.insertSeconds.toFixed(1)} s`]
			: []
	);
	return [
		...describeMachine(),
		['Databases', databases.join('; ') || 'none could be made'],
		[
			'Worker',
			`the API server’s (claims 50 messages at a time under a lease, sends over 4 SMTP connections), MAIL_RATE=${mailRate}`
		],
		[
			'Message',
			sizes.length > 0
				? `about ${(sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024).toFixed(1)} KiB as sent (HTML and text, each subscriber’s own links)`
				: 'none arrived'
		],
		[
			'SMTP sink',
			'smtp-server in the benchmark’s process, on the same machine: it counts and drops each message'
		],
		['Subscribers inserted (one INSERT … SELECT)', inserts.join('; ') || '—'],
		['Load average (1, 5, 15 min)', `${loadAtStart} at the start; ${load()} at the end`]
	];
}

const sizes = readSizes(process.env.BENCH_MAIL_SIZES);
const engines = readEngines(process.env.BENCH_MAIL_ENGINES);
const timeoutMs = readTimeoutMinutes(process.env.BENCH_MAIL_TIMEOUT_MINUTES) * 60_000;
const postgresUrl = process.env.BENCH_MAIL_DATABASE_URL || defaultPostgresUrl;
const loadAtStart = load();

const sink = await startSmtpSink();
log(`Mail benchmark: the SMTP sink listens at ${sink.url}`);
const runs: MailRun[] = [];
try {
	for (const engine of engines) {
		for (const recipients of sizes) {
			runs.push(await measureMailing({ engine, recipients, postgresUrl, sink, timeoutMs }));
		}
	}
} finally {
	await sink.close();
}
process.stdout.write(
	[
		'## Mail benchmark results',
		'',
		...formatMailThroughput(runs),
		'### Conditions',
		'',
		...conditions(runs, loadAtStart).map(([label, value]) => `- ${label}: ${value}`),
		''
	].join('\n')
);
const failures = runs.filter((run) => run.failure !== null).length;
if (failures > 0) {
	log(`${failures} of ${runs.length} mail runs failed: see the report.`);
	process.exitCode = 1;
}
