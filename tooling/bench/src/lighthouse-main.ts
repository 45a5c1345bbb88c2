import os from 'node:os';
import { startStack, type Stack } from '@whatworks/e2e';
import {
	auditPages,
	lighthousePresets,
	type LighthousePreset,
	type PageType
} from './lighthouse.js';
import { formatLighthouseReport } from './lighthouse-report.js';
import { log } from './say.js';

/**
 * The paths (with any query) a page links to on the site, in the order the page has them. The
 * site writes relative links (`./evidence-store/…`), so each is resolved against the page.
 */
async function linksOn(siteUrl: string, path: string): Promise<string[]> {
	const pageUrl = new URL(path, siteUrl);
	const response = await fetch(pageUrl);
	if (!response.ok) throw new Error(`${path} answered ${response.status}`);
	const html = await response.text();
	const links: string[] = [];
	for (const [, href] of html.matchAll(/<a\b[^>]*\bhref="([^"#]+)"/g)) {
		const url = new URL((href as string).replaceAll('&amp;', '&'), pageUrl);
		if (url.origin === pageUrl.origin) links.push(url.pathname + url.search);
	}
	return [...new Set(links)];
}

/**
 * The first link on a page whose path matches `pattern`, e.g. the first intervention the
 * Evidence Store lists. The demo content decides which, so the audit follows the demo rather
 * than naming slugs that may change.
 */
async function firstLink(siteUrl: string, path: string, pattern: RegExp): Promise<string | null> {
	return (await linksOn(siteUrl, path)).find((link) => pattern.test(link)) ?? null;
}

/** Paths under /evidence-store/ that are not interventions. */
const storePages = new Set(['compare', 'ratings-matrix', 'open-data', 'our-ratings-explained']);

/** Every public page type, each at an example address found in the demo content. */
async function findPageTypes(siteUrl: string): Promise<PageType[]> {
	const interventions = (await linksOn(siteUrl, '/evidence-store'))
		.map((link) => /^\/evidence-store\/([a-z0-9-]+)$/.exec(link)?.[1])
		.filter((slug) => slug !== undefined && !storePages.has(slug));
	const [first, second] = interventions;
	const found: (PageType | null)[] = [
		{ name: 'Home', path: '/' },
		{ name: 'Evidence Store index', path: '/evidence-store' },
		{ name: 'Evidence Store search', path: '/evidence-store?q=parenting' },
		first ? { name: 'Intervention', path: `/evidence-store/${first}` } : null,
		{ name: 'Compare (choose)', path: '/evidence-store/compare' },
		first && second
			? {
					name: 'Compare (two interventions)',
					path: `/evidence-store/compare?slug=${first}&slug=${second}`
				}
			: null,
		{ name: 'Ratings matrix', path: '/evidence-store/ratings-matrix' },
		{ name: 'Our ratings explained', path: '/evidence-store/our-ratings-explained' },
		{ name: 'Open data', path: '/evidence-store/open-data' },
		await named(
			'Coming soon',
			firstLink(siteUrl, '/evidence-store', /^\/evidence-store\/coming-soon\/[a-z0-9-]+$/)
		),
		{ name: 'Partners', path: '/partners' },
		await named('Partner', firstLink(siteUrl, '/partners', /^\/partners\/[a-z0-9-]+$/)),
		{ name: 'Research', path: '/research' },
		await named('Programme', firstLink(siteUrl, '/research', /^\/programmes\/[a-z0-9-]+$/)),
		await named('Project', firstLink(siteUrl, '/research', /^\/research\/[a-z0-9-]+$/)),
		{ name: 'Publications', path: '/publications' },
		await named('Publication', firstLink(siteUrl, '/publications', /^\/publications\/[a-z0-9-]+$/)),
		{ name: 'Accessibility statement', path: '/accessibility' },
		{ name: 'Page not found (404)', path: '/no-such-page', status: 404 }
	];
	return found.filter((page) => page !== null);
}

async function named(name: string, path: Promise<string | null>): Promise<PageType | null> {
	const found = await path;
	if (found === null) log(`${name}: the demo content has none; not audited.`);
	return found === null ? null : { name, path: found };
}

/** LIGHTHOUSE_PAGES=home,partner: audit only the page types whose names contain one of these. */
function choosePages(pages: PageType[], filter: string | undefined): PageType[] {
	if (!filter) return pages;
	const words = filter.toLowerCase().split(',').filter(Boolean);
	return pages.filter((page) => words.some((word) => page.name.toLowerCase().includes(word)));
}

function readRuns(text: string | undefined): number {
	if (text === undefined || text === '') return 3;
	const runs = Number(text);
	if (!Number.isInteger(runs) || runs < 1) {
		log(`LIGHTHOUSE_RUNS must be a whole number, at least 1 (got "${text}").`);
		process.exit(1);
	}
	return runs;
}

function readPresets(text: string | undefined): readonly LighthousePreset[] {
	if (text === undefined || text === '') return lighthousePresets;
	const presets = text.split(',');
	for (const preset of presets) {
		if (!(lighthousePresets as readonly string[]).includes(preset)) {
			log(`LIGHTHOUSE_PRESETS must be mobile, desktop or both (got "${text}").`);
			process.exit(1);
		}
	}
	return presets as LighthousePreset[];
}

const runs = readRuns(process.env.LIGHTHOUSE_RUNS);
const presets = readPresets(process.env.LIGHTHOUSE_PRESETS);
let stack: Stack | null = null;
let exitCode = 0;
try {
	let siteUrl = process.env.LIGHTHOUSE_SITE_URL;
	if (!siteUrl) {
		log('Starting the built stack with the demo content…');
		stack = await startStack({ apps: ['site'], seedDemo: true });
		siteUrl = stack.siteUrl;
	}
	const pages = choosePages(await findPageTypes(siteUrl), process.env.LIGHTHOUSE_PAGES);
	// Each page is asked for once first, so the runs measure pages as readers usually get them:
	// from the site's copy, not a first render (the same steady state `pnpm bench` measures).
	for (const page of pages) await (await fetch(new URL(page.path, siteUrl))).arrayBuffer();
	const started = Date.now();
	const loadAtStart = os.loadavg()[0] ?? 0;
	const audits = await auditPages({
		siteUrl,
		pages,
		runs,
		presets,
		...(process.env.LIGHTHOUSE_REPORT_DIR ? { reportDir: process.env.LIGHTHOUSE_REPORT_DIR } : {}),
		onRun: ({ page, preset, run, of }) => log(`${page.name} (${preset}): run ${run} of ${of}`)
	});
	process.stdout.write(
		formatLighthouseReport(audits, {
			runs,
			seconds: (Date.now() - started) / 1000,
			loadAverages: [loadAtStart, os.loadavg()[0] ?? 0]
		})
	);
} catch (error) {
	log(error instanceof Error ? (error.stack ?? error.message) : String(error));
	exitCode = 1;
} finally {
	await stack?.stop();
}
process.exit(exitCode);
