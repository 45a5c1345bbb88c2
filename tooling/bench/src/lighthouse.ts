import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Flags, type Result } from 'lighthouse';
import { median } from './median.js';

/** The four Lighthouse categories the issue asks for, in the order reports show them. */
export const lighthouseCategories = [
	'performance',
	'accessibility',
	'best-practices',
	'seo'
] as const;

/** One of {@link lighthouseCategories}. */
export type LighthouseCategory = (typeof lighthouseCategories)[number];

export const categoryLabels: Record<LighthouseCategory, string> = {
	performance: 'Performance',
	accessibility: 'Accessibility',
	'best-practices': 'Best practices',
	seo: 'SEO'
};

/**
 * Lighthouse's two presets: mobile (its default: a Moto G Power–sized screen, simulated slow 4G
 * and 4× CPU slowdown) and desktop (its desktop config: a 1350×940 screen, a fast cable
 * connection, no CPU slowdown).
 */
export const lighthousePresets = ['mobile', 'desktop'] as const;

/** One of {@link lighthousePresets}. */
export type LighthousePreset = (typeof lighthousePresets)[number];

/** A kind of public page, audited at one example address. */
export interface PageType {
	/** What the page is, e.g. "Intervention page". */
	name: string;
	/** Its path and query on the site, e.g. `/evidence-store?q=parenting`. */
	path: string;
	/**
	 * The HTTP status the page answers with when not 200, e.g. 404 for the page not found.
	 * Lighthouse refuses to audit an error page unless told the status is expected.
	 */
	status?: number;
}

/** An audit that did not pass in a category whose median score is below 100. */
export interface FailingAudit {
	category: LighthouseCategory;
	id: string;
	title: string;
	/** Lighthouse's one-line figure, e.g. "2.9 s" or "Potential savings of 12 KiB", if any. */
	displayValue: string | null;
	/** In how many of the runs it did not pass. */
	failedRuns: number;
}

/** The scores of one page type with one preset. */
export interface PageAudit {
	page: PageType;
	preset: LighthousePreset;
	/** The median of the runs' scores per category, 0–100; null when no run had a score. */
	scores: Record<LighthouseCategory, number | null>;
	/** Every run's scores, in the order they ran. */
	runs: Record<LighthouseCategory, number | null>[];
	/** The audits not passed, in the categories whose median is below 100. */
	failing: FailingAudit[];
	/** Lighthouse's run warnings (e.g. a redirect it followed), deduplicated. */
	warnings: string[];
	/** Each run's `benchmarkIndex`: how fast Lighthouse found this machine's CPU just before it. */
	benchmarkIndexes: number[];
}

/** Options of {@link auditPages}. */
export interface AuditOptions {
	/** The site's origin, e.g. `http://127.0.0.1:4900`. */
	siteUrl: string;
	pages: readonly PageType[];
	/** Runs per page type and preset; the median is reported (default 3). */
	runs?: number;
	/** Default both. */
	presets?: readonly LighthousePreset[];
	/**
	 * A folder to write each run's full Lighthouse report into (`<page>-<preset>-<run>.html` and
	 * `.json`), to see why a score is below 100. Default none.
	 */
	reportDir?: string;
	/** Called before each run, for progress on stderr. */
	onRun?: (run: { page: PageType; preset: LighthousePreset; run: number; of: number }) => void;
}

/** Every audit of the four categories runs, "enable text compression" included. */
const configs: Record<LighthousePreset, Config | undefined> = {
	mobile: undefined, // Lighthouse's default config is the mobile preset
	desktop: desktopConfig
};

function categoryScores(lhr: Result): Record<LighthouseCategory, number | null> {
	const scores = {} as Record<LighthouseCategory, number | null>;
	for (const category of lighthouseCategories) {
		const score = lhr.categories[category]?.score;
		scores[category] = typeof score === 'number' ? Math.round(score * 100) : null;
	}
	return scores;
}

/** The audits of one run that count towards a category's score and did not pass. */
function failedAudits(lhr: Result, category: LighthouseCategory): Result['audits'][string][] {
	const failed: Result['audits'][string][] = [];
	for (const ref of lhr.categories[category]?.auditRefs ?? []) {
		const audit = lhr.audits[ref.id];
		if (!audit || ref.weight === 0) continue;
		if (audit.scoreDisplayMode !== 'binary' && audit.scoreDisplayMode !== 'numeric') continue;
		if (audit.score !== null && audit.score < 1) failed.push(audit);
	}
	return failed;
}

function summarise(
	page: PageType,
	preset: LighthousePreset,
	results: readonly Result[]
): PageAudit {
	const runs = results.map(categoryScores);
	const scores = {} as Record<LighthouseCategory, number | null>;
	const failing: FailingAudit[] = [];
	for (const category of lighthouseCategories) {
		scores[category] = median(runs.map((run) => run[category]).filter((score) => score !== null));
		if (scores[category] === null || scores[category] >= 100) continue;
		const byId = new Map<string, FailingAudit>();
		for (const lhr of results) {
			for (const audit of failedAudits(lhr, category)) {
				const seen = byId.get(audit.id);
				if (seen) seen.failedRuns += 1;
				else {
					byId.set(audit.id, {
						category,
						id: audit.id,
						title: audit.title,
						displayValue: audit.displayValue ?? null,
						failedRuns: 1
					});
				}
			}
		}
		failing.push(...byId.values());
	}
	const warnings = [...new Set(results.flatMap((lhr) => lhr.runWarnings))];
	const benchmarkIndexes = results.map((lhr) => lhr.environment.benchmarkIndex);
	return { page, preset, scores, runs, failing, warnings, benchmarkIndexes };
}

/** "Page not found (404)" → "page-not-found-404". */
function fileName(name: string): string {
	return name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * Audits each page type on a running site with Lighthouse in Debian's Chromium, with the mobile
 * and the desktop preset, `runs` times each, and returns the median score per category. One
 * headless Chromium serves every run; Lighthouse clears its cache and storage before each.
 * @example
 * const audits = await auditPages({ siteUrl, pages: [{ name: 'Home', path: '/' }] });
 */
export async function auditPages(options: AuditOptions): Promise<PageAudit[]> {
	const runs = options.runs ?? 3;
	const presets = options.presets ?? lighthousePresets;
	let chrome: LaunchedChrome | null = null;
	try {
		chrome = await launch({
			chromePath: '/usr/bin/chromium',
			chromeFlags: [
				'--headless=new',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking'
			],
			logLevel: 'error'
		});
		const audits: PageAudit[] = [];
		for (const page of options.pages) {
			const url = new URL(page.path, options.siteUrl).href;
			for (const preset of presets) {
				const results: Result[] = [];
				for (let run = 1; run <= runs; run += 1) {
					options.onRun?.({ page, preset, run, of: runs });
					const flags: Flags = {
						port: chrome.port,
						output: ['json', 'html'],
						logLevel: 'error',
						onlyCategories: [...lighthouseCategories],
						...(page.status === undefined ? {} : { ignoreStatusCode: true })
					};
					const result = await lighthouse(url, flags, configs[preset]);
					if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
					if (result.lhr.runtimeError) {
						throw new Error(
							`Lighthouse could not audit ${url}: ${result.lhr.runtimeError.message}`
						);
					}
					if (options.reportDir) {
						const base = join(options.reportDir, `${fileName(page.name)}-${preset}-${run}`);
						const [json, html] = result.report as string[];
						await mkdir(options.reportDir, { recursive: true });
						await writeFile(`${base}.json`, json ?? '');
						await writeFile(`${base}.html`, html ?? '');
					}
					results.push(result.lhr);
				}
				audits.push(summarise(page, preset, results));
			}
		}
		return audits;
	} finally {
		chrome?.kill();
	}
}
