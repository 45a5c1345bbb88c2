import { measure, probe, type LoadOptions } from './load.js';
import type { ScenarioResult } from './report.js';
import type { Scenario } from './scenarios.js';
import { log } from './say.js';

/** After one pass through a scenario's addresses: long enough for the JIT to settle. */
export const warmUpSeconds = 3;

/**
 * Measures a scenario in the steady state readers meet: one pass through its addresses (on each
 * instance behind a load balancer) and `warmUpSeconds` more first. Not run when none of its first requests succeeds.
 */
export async function runScenario(scenario: Scenario, load: LoadOptions): Promise<ScenarioResult> {
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
	const measurement = await measure(scenario.origin, scenario.paths, load);
	return { scenario, measurement, exampleFailure: failure };
}
