import { percentile, type Measurement } from './load.js';
import type { CpuSplit } from './run-scenario.js';
import type { Scenario, Target } from './scenarios.js';

/**
 * A scenario's outcome: measured, with a failure seen when probing if there was one, or not run
 * because none of its first requests succeeded.
 */
export type ScenarioResult =
	| {
			scenario: Scenario;
			measurement: Measurement;
			/** What each part of the stack spent per response, when it was measured. */
			cpuPerResponse: CpuSplit | null;
			exampleFailure: string | null;
	  }
	| { scenario: Scenario; notRun: string };

/** Whether a scenario needs attention: not run, or any request without a 200. */
export function failed(result: ScenarioResult): boolean {
	return 'notRun' in result || failureCount(result.measurement) > 0;
}

function failureCount(measurement: Measurement): number {
	return measurement.errors + [...measurement.badStatuses.values()].reduce((a, b) => a + b, 0);
}

const ms = (value: number) => value.toFixed(1);

/** A target as the report states it. */
function describeTarget(target: Target | null): string {
	if (target === null) return '—';
	return 'p95Ms' in target ? `p95 ≤ ${target.p95Ms} ms` : `≥ ${target.perSecond}/s`;
}

function row(result: ScenarioResult): string[] {
	const { scenario } = result;
	const { target } = scenario;
	if ('notRun' in result) {
		return [scenario.name, '—', '—', '—', '—', '—', '—', describeTarget(target), '**not run**'];
	}
	const m = result.measurement;
	const p95 = percentile(m.latenciesMs, 95);
	const perSecond = m.responses / m.seconds;
	const failures = failureCount(m);
	const met =
		target === null
			? null
			: 'p95Ms' in target
				? p95 <= target.p95Ms
				: perSecond >= target.perSecond;
	let verdict = met === null ? '—' : met ? 'met' : '**missed**';
	if (failures > 0) verdict = `**errors** (${verdict})`;
	return [
		scenario.name,
		// Whole requests, not rounded up, so a figure shown as meeting a target meets it.
		String(Math.floor(perSecond)),
		ms(percentile(m.latenciesMs, 50)),
		ms(p95),
		ms(percentile(m.latenciesMs, 99)),
		String(failures),
		describeCpu(result.cpuPerResponse),
		describeTarget(target),
		verdict
	];
}

/** CPU per response as the report states it: API / site / Postgres, "—" where not measured. */
function describeCpu(cpu: CpuSplit | null): string {
	if (cpu === null) return '—';
	return [cpu.api, cpu.site, cpu.postgres]
		.map((each) => (each === null ? '—' : ms(each)))
		.join(' / ');
}

function table(header: string[], rows: string[][]): string {
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The results of one configuration of the stack, under a heading saying which. */
export interface ReportSection {
	title: string;
	results: readonly ScenarioResult[];
}

/** The markdown report: a results table per configuration, what went wrong, and the facts behind the numbers. */
export function formatReport(
	sections: readonly ReportSection[],
	facts: readonly [string, string][],
	/** Sections of other measurements (the cold start), as markdown lines. */
	more: readonly string[] = []
): string {
	return [
		'## Benchmark results',
		'',
		...sections.flatMap(formatSection),
		...more,
		'### Conditions',
		'',
		...facts.map(([label, value]) => `- ${label}: ${value}`),
		''
	].join('\n');
}

/**
 * What went wrong in each result, one markdown bullet each: scenarios not run, statuses other than
 * 200 and requests left without a response, each after `within` when given (the configuration).
 * Empty when nothing did.
 */
export function describeProblems(results: readonly ScenarioResult[], within?: string): string[] {
	const where = within === undefined ? '' : `${within}: `;
	return results.flatMap((result) => {
		const name = `${where}${result.scenario.name}`;
		if ('notRun' in result) return [`- ${name} was not run: ${result.notRun}`];
		const { errors, badStatuses } = result.measurement;
		const parts = [
			...[...badStatuses].map(([status, count]) => `${count} × HTTP ${status}`),
			...(errors > 0 ? [`${errors} requests without a response (connection error or timeout)`] : [])
		];
		if (parts.length === 0) return [];
		const example = result.exampleFailure ? `; for example ${result.exampleFailure}` : '';
		return [`- ${name}: ${parts.join(', ')}${example}`];
	});
}

function formatSection({ title, results }: ReportSection): string[] {
	const problems = describeProblems(results);
	return [
		`### ${title}`,
		'',
		table(
			[
				'Scenario',
				'Requests/s',
				'p50 (ms)',
				'p95 (ms)',
				'p99 (ms)',
				'Errors',
				'CPU ms per response: API / site / Postgres',
				'Target',
				'Result'
			],
			results.map(row)
		),
		'',
		...(problems.length > 0 ? ['Errors:', '', ...problems, ''] : [])
	];
}
