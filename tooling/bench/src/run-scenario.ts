import { measure, probe, type LoadOptions } from './load.js';
import type { ScenarioResult } from './report.js';
import type { Scenario } from './scenarios.js';
import { log } from './say.js';

/** After one pass through a scenario's addresses: long enough for the JIT to settle. */
export const warmUpSeconds = 3;

/** CPU seconds, or milliseconds per response, of each part of the stack; null where not known. */
export interface CpuSplit {
	api: number | null;
	site: number | null;
	postgres: number | null;
}

/**
 * Measures a scenario in the steady state readers meet: one pass through its addresses (on each
 * instance behind a load balancer) and `warmUpSeconds` more first. Not run when none of its first
 * requests succeeds. With `cpuSeconds` (what each part of the stack has used so far), also the CPU
 * each part spent per response while measured.
 */
export async function runScenario(
	scenario: Scenario,
	load: LoadOptions,
	cpuSeconds?: () => CpuSplit
): Promise<ScenarioResult> {
	const { answered, failure } = await probe(scenario.origin, scenario.paths);
	if (answered === 0) {
		log(`${scenario.name}: not run, ${failure}`);
		return { scenario, notRun: failure ?? 'it has no paths' };
	}
	log(
		`${scenario.name}: warming up (one pass through its addresses, then ${warmUpSeconds} s), then measuring ${load.seconds} s`
	);
	// Readers ask for the same pages again: the measured run is that steady state, not a first visit.
	const pass = Math.max(scenario.paths.length, load.connections); // autocannon needs one per connection
	for (const origin of scenario.instances ?? [scenario.origin]) {
		await measure(origin, scenario.paths, { ...load, amount: pass });
	}
	await measure(scenario.origin, scenario.paths, { ...load, seconds: warmUpSeconds });
	const before = cpuSeconds?.();
	const measurement = await measure(scenario.origin, scenario.paths, load);
	const after = cpuSeconds?.();
	const cpuPerResponse =
		before && after && measurement.responses > 0
			? perResponse(before, after, measurement.responses)
			: null;
	return { scenario, measurement, cpuPerResponse, exampleFailure: failure };
}

/** The CPU milliseconds each part spent per response between two readings. */
function perResponse(before: CpuSplit, after: CpuSplit, responses: number): CpuSplit {
	const each = (part: keyof CpuSplit) => {
		const [from, to] = [before[part], after[part]];
		return from === null || to === null ? null : ((to - from) * 1000) / responses;
	};
	return { api: each('api'), site: each('site'), postgres: each('postgres') };
}
