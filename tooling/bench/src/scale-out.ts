import { startScaledStack } from '@whatworks/e2e';
import { percentile } from './load.js';
import { seededRandom } from './random.js';
import { describeProblems, type ScenarioResult } from './report.js';
import { runScenario } from './run-scenario.js';
import { buildScenarios } from './scenarios.js';
import type { LoadOptions } from './load.js';
import { log } from './say.js';

/** One configuration's scenarios on one instance of each, and on the scale-out topology. */
export interface ScaleOutComparison {
	title: string;
	single: readonly ScenarioResult[];
	scaled: readonly ScenarioResult[];
}

/**
 * Runs the scenarios through nginx against `pnpm start:scaled` — two API servers and two sites on
 * the benchmark's Postgres — with the same addresses (same seed) as on one instance of each.
 */
export async function measureScaledTopology(options: {
	databaseUrl: string;
	apiEnv: Record<string, string>;
	slugs: readonly string[];
	load: LoadOptions;
}): Promise<ScenarioResult[]> {
	log('Starting pnpm start:scaled: two API servers and two sites behind nginx');
	const scenariosAt = (apiUrl: string, siteUrl: string) =>
		buildScenarios({ apiUrl, siteUrl, slugs: options.slugs, random: seededRandom(7) });
	let stack: Awaited<ReturnType<typeof startScaledStack>>;
	try {
		stack = await startScaledStack({ databaseUrl: options.databaseUrl, env: options.apiEnv });
	} catch (error) {
		const notRun = `pnpm start:scaled did not start: ${String(error).split('\n')[0]}`;
		log(String(error));
		return scenariosAt('', '').map((scenario) => ({ scenario, notRun }));
	}
	try {
		const scenarios = scenariosAt(stack.apiUrl, stack.siteUrl).map((scenario) => ({
			...scenario,
			instances: scenario.origin === stack.apiUrl ? stack.apiInstanceUrls : stack.siteInstanceUrls
		}));
		const results: ScenarioResult[] = [];
		for (const scenario of scenarios) results.push(await runScenario(scenario, options.load));
		return results;
	} finally {
		await stack.stop();
	}
}

function throughput(result: ScenarioResult | undefined): { perSecond: number; p95: number } | null {
	if (!result || 'notRun' in result) return null;
	const { responses, seconds, latenciesMs } = result.measurement;
	return { perSecond: responses / seconds, p95: percentile(latenciesMs, 95) };
}

/** The report's section comparing the topology with one instance of each, as markdown lines. */
export function formatScaleOut(comparisons: readonly ScaleOutComparison[] | null): string[] {
	const heading = '### Scale-out: two API servers and two sites behind nginx, against one of each';
	if (!comparisons) {
		return [
			heading,
			'',
			'Not measured: the topology shares one Postgres (`BENCH_DATABASE_URL`); the embedded database has one API process by design.',
			''
		];
	}
	const cell = (measured: ReturnType<typeof throughput>) =>
		measured
			? `${Math.floor(measured.perSecond)}/s (p95 ${measured.p95.toFixed(1)} ms)`
			: 'not run';
	const problems = comparisons.flatMap(({ title, scaled }) => describeProblems(scaled, title));
	const rows = comparisons.flatMap(({ title, single, scaled }) =>
		single.map((result, n) => {
			const one = throughput(result);
			const two = throughput(scaled[n]);
			const ratio = one && two ? `${(two.perSecond / one.perSecond).toFixed(2)} ×` : '—';
			return `| ${result.scenario.name} | ${title} | ${cell(one)} | ${cell(two)} | ${ratio} |`;
		})
	);
	return [
		heading,
		'',
		'The same scenarios, addresses and load, through `pnpm start:scaled` (nginx in front of two ' +
			'API servers and two sites, each site one process per core; each instance warmed up with a ' +
			'pass through the addresses of its own) and directly against one API server and one site; ' +
			'all on this one machine, so the instances share its cores.',
		'',
		'| Scenario | Configuration | One of each | Two of each behind nginx | Ratio |',
		'| --- | --- | --- | --- | --- |',
		...rows,
		'',
		...(problems.length > 0 ? ['Errors through nginx:', '', ...problems, ''] : [])
	];
}
