import os from 'node:os';
import {
	categoryLabels,
	lighthouseCategories,
	type LighthouseCategory,
	type PageAudit
} from './lighthouse.js';
import { median } from './median.js';

const cell = (text: string) => text.replaceAll('|', '\\|');

function score(value: number | null): string {
	if (value === null) return 'n/a';
	return value === 100 ? '100' : `**${value}**`;
}

function runScores(audit: PageAudit, category: LighthouseCategory): string {
	return audit.runs.map((run) => run[category] ?? 'n/a').join(', ');
}

/**
 * The Lighthouse report in markdown: one row per page type and preset with the median score of
 * each category (below 100 in bold), then, for every score below 100, the audits that failed.
 */
export function formatLighthouseReport(
	audits: readonly PageAudit[],
	conditions: { runs: number; seconds: number; loadAverages: readonly number[] }
): string {
	const benchmark = median(audits.flatMap((audit) => audit.benchmarkIndexes));
	const lines: string[] = [
		'## Lighthouse',
		'',
		`Median of ${conditions.runs} run${conditions.runs === 1 ? '' : 's'} per page type and preset, ` +
			`Lighthouse's mobile and desktop presets, Debian's Chromium headless. ` +
			`${audits.length * conditions.runs} Lighthouse runs in ${Math.round(conditions.seconds)} s.`,
		'',
		`Conditions: Lighthouse's CPU benchmark index ${benchmark === null ? 'n/a' : Math.round(benchmark)} ` +
			`(median of the runs; higher is faster), the machine's 1-minute load average ` +
			`${conditions.loadAverages.map((load) => load.toFixed(1)).join(' at the start, ')} at the end ` +
			`on ${os.availableParallelism()} CPUs. Mobile performance multiplies this machine's CPU ` +
			'time by 4, so a busy machine scores it lower.',
		'',
		`| Page type | Address | Preset | ${lighthouseCategories.map((c) => categoryLabels[c]).join(' | ')} |`,
		`| --- | --- | --- | ${lighthouseCategories.map(() => '---:').join(' | ')} |`
	];
	for (const audit of audits) {
		lines.push(
			`| ${cell(audit.page.name)} | \`${cell(audit.page.path)}\` | ${audit.preset} | ` +
				`${lighthouseCategories.map((c) => score(audit.scores[c])).join(' | ')} |`
		);
	}
	const below = audits.filter((audit) =>
		lighthouseCategories.some((c) => audit.scores[c] !== null && audit.scores[c] < 100)
	);
	lines.push('');
	if (below.length === 0) {
		lines.push('Every page type scores 100 in every category with both presets.');
	} else {
		lines.push('### Below 100', '');
		for (const audit of below) {
			lines.push(`**${audit.page.name}** (\`${audit.page.path}\`), ${audit.preset}:`, '');
			for (const category of lighthouseCategories) {
				const value = audit.scores[category];
				if (value === null || value >= 100) continue;
				lines.push(`- ${categoryLabels[category]} ${value} (runs: ${runScores(audit, category)})`);
				for (const failed of audit.failing.filter((f) => f.category === category)) {
					const figure = failed.displayValue ? ` — ${failed.displayValue}` : '';
					lines.push(
						`  - \`${failed.id}\`: ${failed.title}${figure} (${failed.failedRuns} of ${audit.runs.length} runs)`
					);
				}
			}
			lines.push('');
		}
	}
	const warnings = audits.filter((audit) => audit.warnings.length > 0);
	if (warnings.length > 0) {
		lines.push('### Lighthouse warnings', '');
		for (const audit of warnings) {
			for (const warning of audit.warnings) {
				lines.push(`- ${audit.page.name}, ${audit.preset}: ${warning}`);
			}
		}
		lines.push('');
	}
	return `${lines.join('\n')}\n`;
}
