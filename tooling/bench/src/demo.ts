import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack } from '@whatworks/e2e';
import type { LoadOptions } from './load.js';
import { engineName, type Engine } from './engine.js';
import { median } from './median.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database.js';
import { warmUpSeconds } from './run-scenario.js';
import { loadWithWrk, wrkScript, wrkThreads, type WrkResult } from './wrk.js';
import { log } from './say.js';

/**
 * What readers of the demo type, in turn: words of its thirteen interventions, one misspelt
 * (the misspelling costs a look through the words entries use).
 */
const demoWords = [
	'family',
	'famly',
	'parenting',
	'foster care',
	'kinship',
	'therapy',
	'neglect',
	'court',
	'mental health',
	'school'
];

/** Measured runs of each load, after a warm-up: the report gives their median and range. */
const runs = 3;

/** One load on the demo stack, against the requests per second the issue asks for. */
interface DemoLoad {
	name: string;
	/** Which of the stack's servers it loads. */
	server: 'api' | 'site';
	paths: string[];
	targetPerSecond: number;
}

/** What the demo measured on one engine: each load's runs, or why nothing was measured. */
export interface DemoResults {
	engine: Engine;
	loads: { load: DemoLoad; runs: WrkResult[] }[];
	notRun: string | null;
}

/** Issue 18's loads on the demo content, with its targets for each engine. */
function demoLoads(engine: Engine): DemoLoad[] {
	return [
		{
			name: 'API `interventions.search`, the ten words in turn',
			server: 'api',
			paths: demoWords.map(
				(q) => `/trpc/interventions.search?input=${encodeURIComponent(JSON.stringify({ q }))}`
			),
			targetPerSecond: engine === 'postgres' ? 500 : 250
		},
		{ name: 'site `/partners`', server: 'site', paths: ['/partners'], targetPerSecond: 150 }
	];
}

/**
 * The quick start's demo content with the caches off, on the benchmark's engine (Postgres when
 * `databaseUrl` names its server, in a database made for it there): API searches and the
 * partners page loaded by wrk, as the demo targets were first measured.
 */
export async function measureDemo(options: {
	databaseUrl: string | undefined;
	load: LoadOptions;
}): Promise<DemoResults> {
	const engine: Engine = options.databaseUrl ? 'postgres' : 'pglite';
	const dir = await mkdtemp(join(tmpdir(), 'whatworks-demo-'));
	let created: ScratchDatabase | null = null;
	try {
		if (options.databaseUrl) created = await createScratchDatabase(options.databaseUrl);
		const stack = await startStack({
			apps: ['site'],
			siteWorkers: availableParallelism(),
			...(created ? { database: created.location } : {}),
			seedDemo: true,
			apiEnv: { PUBLIC_CACHE_SECONDS: '0' }
		});
		try {
			const loads: DemoResults['loads'] = [];
			for (const [index, load] of demoLoads(engine).entries()) {
				const script = join(dir, `${index}.lua`);
				await writeFile(script, wrkScript(load.paths));
				const origin = load.server === 'api' ? stack.apiUrl : stack.siteUrl;
				const { connections } = options.load;
				await loadWithWrk(origin, script, connections, warmUpSeconds);
				const measured: WrkResult[] = [];
				for (let run = 0; run < runs; run++) {
					measured.push(await loadWithWrk(origin, script, connections, options.load.seconds));
				}
				loads.push({ load, runs: measured });
			}
			return { engine, loads, notRun: null };
		} finally {
			await stack.stop();
		}
	} catch (error) {
		return { engine, loads: [], notRun: String(error).split('\n')[0] ?? 'unknown error' };
	} finally {
		// What was measured is reported even if the demo's database cannot be dropped.
		await created?.discard().catch((error: unknown) => {
			log(`Could not drop the demo's database: ${String(error)}`);
		});
		await rm(dir, { recursive: true, force: true });
	}
}

/** The demo's section of the report, as markdown lines. */
export function formatDemo(results: DemoResults, load: LoadOptions): string[] {
	const engine = engineName(results.engine);
	const heading = `### Demo content, caches off (${engine})`;
	if (results.notRun !== null) return [heading, '', `Not run: ${results.notRun}`, ''];
	// Whole requests, not rounded up: 499.6 a second is shown as 499 when it misses 500.
	const rps = (value: number) => Math.floor(value).toLocaleString('en-GB');
	const rows = results.loads.map(({ load, runs: measured }) => {
		const perSecond = measured.map((run) => run.requestsPerSecond);
		const middle = median(perSecond) ?? Number.NaN;
		const failures = measured.reduce((sum, run) => sum + run.failures, 0);
		const verdict =
			failures > 0 ? '**errors**' : middle >= load.targetPerSecond ? 'met' : '**missed**';
		return `| ${load.name} | ${rps(middle)} (${rps(Math.min(...perSecond))}–${rps(Math.max(...perSecond))}) | ${(median(measured.map((run) => run.p95Ms)) ?? Number.NaN).toFixed(1)} | ${failures} | ≥ ${load.targetPerSecond}/s | ${verdict} |`;
	});
	return [
		heading,
		'',
		`The quick start's demo content, \`PUBLIC_CACHE_SECONDS=0\`; wrk (${wrkThreads} threads, ${load.connections} connections), ${warmUpSeconds} s of warm-up, then ${runs} runs of ${load.seconds} s each.`,
		'',
		'| load | requests/s, median (range) | p95 ms, median | failed | target | result |',
		'| --- | --- | --- | --- | --- | --- |',
		...rows,
		''
	];
}
