import { median } from './median.js';

/** The times of runs made one after another, in milliseconds, and why the next failed, if one did. */
export type Timings = { runs: number[] } | { runs: number[]; failure: string };

/**
 * A section of the report on timings, as markdown lines: what was timed, then one row with the
 * median, the longest and each run against the target, which `judgedBy` the median or the
 * longest, then the failure, if any.
 * @example formatTimings(result, { title: 'Cold start', what: 'From …; 5 starts.', column: 'Starts', targetMs: 1000, judgedBy: 'median', failed: 'A start failed' })
 */
export function formatTimings(
	timings: Timings,
	section: {
		title: string;
		what: string;
		column: string;
		targetMs: number;
		judgedBy: 'median' | 'max';
		failed: string;
	}
): string[] {
	const { runs } = timings;
	const ms = (value: number) => `${Math.round(value)} ms`;
	const lines = [`### ${section.title}`, '', section.what, ''];
	if (runs.length > 0) {
		const middle = median(runs) as number;
		const longest = Math.max(...runs);
		const judged = section.judgedBy === 'median' ? middle : longest;
		lines.push(
			`| ${section.column} | Median | Max | Each | Target | Result |`,
			'| --- | --- | --- | --- | --- | --- |',
			`| ${runs.length} | ${ms(middle)} | ${ms(longest)} | ${runs.map(ms).join(', ')} | ` +
				`≤ ${ms(section.targetMs)} | ${judged <= section.targetMs ? 'met' : '**missed**'} |`,
			''
		);
	}
	if ('failure' in timings) lines.push(`${section.failed}: ${timings.failure}`, '');
	return lines;
}
