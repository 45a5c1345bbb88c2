import { availableParallelism } from 'node:os';
import { findFreePort, startStack } from '@whatworks/e2e';
import { formatColdStart, measureColdStart } from './cold-start.js';
import { configurations } from './configurations.js';
import type { Engine } from './engine.js';
import { formatDemo, measureDemo } from './demo.js';
import { fill } from './fill.js';
import { cpuSecondsNamed, cpuSecondsOfTrees } from './process-stats.js';
import type { GeneratedEvidence } from './generate-evidence.js';
import type { LoadOptions } from './load.js';
import { formatPublishToVisible, measurePublishToVisible } from './publish-to-visible.js';
import { describeMachine } from './machine.js';
import { seededRandom } from './random.js';
import { failed, formatReport, type ReportSection, type ScenarioResult } from './report.js';
import { runScenario, warmUpSeconds } from './run-scenario.js';
import { formatScaleOut, measureScaledTopology, type ScaleOutComparison } from './scale-out.js';
import { buildScenarios, type Scenario, type ScenarioKey, type Target } from './scenarios.js';
import type { Timings } from './timings.js';
import { compareWithNginx, formatNginxComparison, type NginxComparison } from './versus-nginx.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database.js';
import { count, log } from './say.js';

const connections = 16;
/** How many kept pages the comparison with nginx rotates through. */
const nginxPages = 200;
/** The site's processes, one per core as deployed, named so the publish timing can ask each. */
const siteProcesses = availableParallelism();

function readSeconds(text: string | undefined): number {
	if (text === undefined || text === '') return 10;
	const seconds = Number(text);
	if (!Number.isInteger(seconds) || seconds < 1) {
		log(`BENCH_DURATION_SECONDS must be a whole number of seconds, at least 1 (got "${text}").`);
		process.exit(1);
	}
	return seconds;
}

function conditions(
	databaseDescription: string,
	generated: GeneratedEvidence,
	parentingMatches: number,
	scenarios: readonly Scenario[],
	load: LoadOptions
): [string, string][] {
	const { rows } = generated;
	return [
		...describeMachine(),
		['Database', databaseDescription],
		[
			'Data',
			`${count(rows.interventions)} interventions, ${count(rows.interventionTopics)} topic links, ` +
				`${count(rows.outcomeRatings)} outcome ratings (${count(rows.ratingSnapshots)} rating snapshots), ` +
				`${count(rows.studies)} studies, ` +
				`${count(rows.contrasts)} contrasts; generated in ${generated.seconds.toFixed(1)} s`
		],
		[
			'Search "parenting" matches',
			`${count(parentingMatches)} interventions (${((100 * parentingMatches) / rows.interventions).toFixed(1)}%)`
		],
		[
			'Load',
			`${load.connections} connections, ${load.seconds} s per scenario after a warm-up of one pass ` +
				`through its addresses and ${warmUpSeconds} s more; ` +
				'latency of 200 responses only, exact percentiles'
		],
		[
			'Distinct URLs per scenario',
			scenarios.map((s) => `${s.name} ${count(new Set(s.paths).size)}`).join('; ')
		]
	];
}

/** What is measured only with caches on: kept pages against nginx, and publishing through them. */
interface KeptPages {
	versusNginx: NginxComparison;
	publishing: Timings;
}

/**
 * Starts the API server and the site on the filled database and measures every scenario; with
 * caches on, also the kept pages against nginx and how soon a publish reaches their readers.
 */
async function measureScenarios(options: {
	scratch: ScratchDatabase;
	filled: Awaited<ReturnType<typeof fill>>;
	load: LoadOptions;
	engine: Engine;
	apiEnv: Record<string, string>;
	targets: Partial<Record<ScenarioKey, Target>>;
}) {
	const { scratch, filled, load, engine, apiEnv, targets } = options;
	const slugs = [...new Set(filled.generated.slugs)];
	log('Starting the API server and the built site');
	const stack = await startStack({
		apps: ['site'],
		siteWorkers: siteProcesses,
		database: scratch.location,
		seedDemo: false,
		apiEnv
	});
	try {
		const scenarios = buildScenarios({
			apiUrl: stack.apiUrl,
			siteUrl: stack.siteUrl,
			slugs: filled.generated.slugs,
			random: seededRandom(7),
			targets
		});
		// PGlite runs inside the API server, so its work counts as the API's.
		const cpuSeconds = () => ({
			api: cpuSecondsOfTrees(stack.pids.api === undefined ? [] : [stack.pids.api]),
			site: cpuSecondsOfTrees(stack.pids.sites),
			postgres: engine === 'postgres' ? cpuSecondsNamed('postgres') : null
		});
		const results: ScenarioResult[] = [];
		for (const scenario of scenarios) results.push(await runScenario(scenario, load, cpuSeconds));
		let kept: KeptPages | null = null;
		if (apiEnv.PUBLIC_CACHE_SECONDS !== '0') {
			log('Kept intervention pages against nginx serving the same bytes, by wrk');
			const versusNginx = await compareWithNginx({
				siteUrl: stack.siteUrl,
				paths: slugs.slice(0, nginxPages).map((slug) => `/evidence-store/${slug}`),
				connections: load.connections,
				seconds: load.seconds,
				runs: 3,
				port: await findFreePort()
			});
			log('Publishing changes and timing until every site process shows them');
			const publishing = await measurePublishToVisible({
				apiUrl: stack.apiUrl,
				siteUrl: stack.siteUrl,
				siteProcesses,
				staff: filled.staff,
				// Pages the comparison with nginx did not use.
				slugs: slugs.slice(nginxPages)
			});
			kept = { versusNginx, publishing };
		}
		return { scenarios, results, kept };
	} finally {
		await stack.stop();
	}
}

const load: LoadOptions = { connections, seconds: readSeconds(process.env.BENCH_DURATION_SECONDS) };
const scratch = await createScratchDatabase(process.env.BENCH_DATABASE_URL).catch(
	(error: unknown) => {
		log(`No scratch database could be made on BENCH_DATABASE_URL's server: ${String(error)}`);
		process.exit(1);
	}
);
// Interrupted, the run still removes its scratch database (10,000 interventions on Postgres).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		log(`Stopped (${signal}): removing the scratch database`);
		void scratch.discard().finally(() => process.exit(130));
	});
}
try {
	const filled = await fill(scratch);
	const { version, generated, parentingMatches } = filled;
	log('Timing 5 cold starts of the built API server on it');
	const coldStart = await measureColdStart(scratch.location);
	const sections: ReportSection[] = [];
	let scenarios: Scenario[] = [];
	let kept: KeptPages | null = null;
	const scaleOut: ScaleOutComparison[] = [];
	const { location } = scratch;
	const engine: Engine = 'databaseUrl' in location ? 'postgres' : 'pglite';
	for (const { title, apiEnv, targets } of configurations) {
		log(title);
		const measured = await measureScenarios({
			scratch,
			filled,
			load,
			engine,
			apiEnv,
			targets: targets(engine)
		});
		scenarios = measured.scenarios;
		kept = measured.kept ?? kept;
		sections.push({ title, results: measured.results });
		if ('databaseUrl' in location) {
			const { databaseUrl } = location;
			const slugs = filled.generated.slugs;
			const scaled = await measureScaledTopology({ databaseUrl, apiEnv, slugs, load });
			scaleOut.push({ title, single: measured.results, scaled });
		}
	}
	log('The demo content with the caches off, loaded by wrk');
	const demo = await measureDemo({ databaseUrl: process.env.BENCH_DATABASE_URL, load });
	const database = `${scratch.description}, ${version}`;
	process.stdout.write(
		formatReport(sections, conditions(database, generated, parentingMatches, scenarios, load), [
			...formatColdStart(coldStart),
			...(kept ? formatNginxComparison(kept.versusNginx) : []),
			...(kept ? formatPublishToVisible(kept.publishing, siteProcesses) : []),
			...formatScaleOut('databaseUrl' in location ? scaleOut : null),
			...formatDemo(demo, load)
		])
	);
	const results = [
		...sections.flatMap((section) => section.results),
		...scaleOut.flatMap((comparison) => comparison.scaled)
	];
	const failures = results.filter(failed).length;
	if (failures > 0) {
		log(
			`${failures} of ${results.length} measurements were not run or had errors: see the report.`
		);
		process.exitCode = 1;
	}
	if (demo.notRun !== null || demo.loads.some(({ runs }) => runs.some((run) => run.failures > 0))) {
		log('The demo content could not be measured, or requests failed: see the report.');
		process.exitCode = 1;
	}
	if ('failure' in coldStart) {
		log('The API server failed to start: see the report.');
		process.exitCode = 1;
	}
	if (kept && 'failure' in kept.publishing) {
		log('A publish failed or did not reach the site: see the report.');
		process.exitCode = 1;
	}
} finally {
	await scratch.discard();
}
