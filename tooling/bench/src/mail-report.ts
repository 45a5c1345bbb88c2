import { engineName } from './engine.js';
import { mailRate, messagesPerSecond, type MailRun } from './mail-throughput.js';
import { count } from './say.js';

const mib = (bytes: number | null) => (bytes === null ? '—' : (bytes / 1024 ** 2).toFixed(0));
const seconds = (value: number | null) => (value === null ? '—' : value.toFixed(1));
const perSecond = (value: number | null | undefined) =>
	value === null || value === undefined ? '—' : value.toFixed(0);

/** The issue's target for throughput, on Postgres. */
export const targetPerSecond = 300;
/** The issue's target for memory: the peak at the largest size at most this much above the smallest's. */
export const targetRssGrowth = 0.1;

/** The two targets, judged from the runs, as rows of the report. */
function targetRows(runs: readonly MailRun[]): string[] {
	const rows: string[] = [];
	for (const run of runs.filter((each) => each.engine === 'postgres')) {
		const rate = run.failure ? null : messagesPerSecond(run);
		rows.push(
			`| ≥ ${targetPerSecond} messages/s on Postgres | ${count(run.recipients)} recipients | ` +
				`${rate === null ? 'not measured' : `${rate.toFixed(0)}/s`} | ` +
				`${rate === null ? '**not measured**' : rate >= targetPerSecond ? 'met' : '**missed**'} |`
		);
	}
	for (const engine of ['postgres', 'pglite'] as const) {
		const sized = runs
			.filter((run) => run.engine === engine)
			.sort((a, b) => a.recipients - b.recipients);
		const small = sized[0];
		const large = sized.at(-1);
		if (!small || !large || small === large) continue;
		const target =
			`Peak RSS at ${count(large.recipients)} within ${targetRssGrowth * 100}% of that at ` +
			`${count(small.recipients)}`;
		const of = engineName(engine);
		if (small.failure || large.failure || small.peakRss === null || large.peakRss === null) {
			rows.push(`| ${target} | ${of} | not measured | **not measured** |`);
			continue;
		}
		const growth = large.peakRss / small.peakRss - 1;
		rows.push(
			`| ${target} | ${of} | ${mib(small.peakRss)} → ${mib(large.peakRss)} MiB ` +
				`(${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%) | ` +
				`${growth <= targetRssGrowth ? 'met' : '**missed**'} |`
		);
	}
	return rows;
}

/** The report's section on sending one issue, as markdown lines. */
export function formatMailThroughput(runs: readonly MailRun[]): string[] {
	const rows = runs.map((run) => {
		const first = run.tenths[0];
		const last = run.tenths.at(-1);
		return (
			`| ${engineName(run.engine)} | ${count(run.recipients)} | ${count(run.arrived)}` +
			`${run.distinctRecipients < run.arrived ? ` (${count(run.arrived - run.distinctRecipients)} twice)` : ''} | ` +
			`${run.failure ? '—' : perSecond(messagesPerSecond(run))} | ${perSecond(first)} | ${perSecond(last)} | ` +
			`${seconds(run.firstMessageSeconds)} | ${seconds(run.totalSeconds)} | ` +
			`${mib(run.peakRssAtFirstMessage)} | ${mib(run.peakRss)} | ` +
			`${run.failure ? '**failed**' : 'sent'} |`
		);
	});
	const notes = runs.flatMap((run) => {
		const label = `${engineName(run.engine)}, ${count(run.recipients)}`;
		const lines: string[] = [];
		if (run.failure) lines.push(`- ${label}: ${run.failure}`);
		if (run.tenths.length > 0) {
			lines.push(
				`- ${label}: messages/s by tenth of the mailing: ${run.tenths.map(perSecond).join(', ')}`
			);
		}
		if (run.cpu && run.sendingSeconds && run.arrived > 1) {
			const { server, postgres, sink } = run.cpu;
			const window = run.sendingSeconds;
			const per = (cpuSeconds: number | null, who: string) =>
				cpuSeconds === null
					? []
					: [
							`${who} ${((1000 * cpuSeconds) / run.arrived).toFixed(2)} ms ` +
								`(${((100 * cpuSeconds) / window).toFixed(0)}% of a core)`
						];
			lines.push(
				`- ${label}: CPU per message while sending: ` +
					[
						...per(server, 'API server'),
						...per(postgres, 'Postgres (all its processes on the machine)'),
						...per(sink, 'the benchmark with its SMTP sink')
					].join(', ')
			);
		}
		if (run.outbox) {
			const { queued, sent, failed, suppressed } = run.outbox;
			lines.push(
				`- ${label}: the outbox after the server stopped: ${count(sent)} sent, ${count(failed)} failed, ` +
					`${count(suppressed)} suppressed, ${count(queued)} queued`
			);
		}
		return lines;
	});
	const targets = targetRows(runs);
	return [
		'### Sending one e-newsletter issue',
		'',
		'One issue (six written items) to every confirmed subscriber, due now, sent by the built API ' +
			`server (\`MAIL_RATE=${mailRate}\`, so the rate limit does not bind) to an SMTP sink in the ` +
			'benchmark, on a fresh database per run. Messages/s: all messages over the time from the first ' +
			'to arrive to the last; the first and last tenth alone beside it. Times are from spawning the ' +
			'server, so the first message comes after its start and the queuing of every recipient. Peak ' +
			'RSS is the server process’s `VmHWM`, when the first message arrived and at the end (on ' +
			'PGlite it includes the database, on Postgres not).',
		'',
		'| Engine | Recipients | Arrived | Messages/s | First tenth /s | Last tenth /s | First message (s) | Last message (s) | Peak RSS by first message (MiB) | Peak RSS (MiB) | Result |',
		'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
		...rows,
		'',
		...(notes.length > 0 ? [...notes, ''] : []),
		...(targets.length > 0
			? ['| Target | Of | Measured | Result |', '| --- | --- | --- | --- |', ...targets, '']
			: [])
	];
}
