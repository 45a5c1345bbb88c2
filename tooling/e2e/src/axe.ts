import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { withSnapshot } from './snapshot.js';

/** The rule sets every page must pass: WCAG 2.0–2.2 A and AA, and axe's best practices. */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type AxeWindow = { axe?: typeof axe };

/**
 * Runs axe-core on the page as it is now and returns its violations (empty when it passes).
 * Works on pages opened with `javaScriptEnabled: false`, the way pages are tested here.
 * @example expect(await axeViolations(page)).toEqual([])
 */
export async function axeViolations(page: Page): Promise<axe.Result[]> {
	if (await injectAxe(page)) return runAxe(page);
	return auditSnapshot(page);
}

/** Adds axe-core to the page; false when the page cannot run it because scripting is off. */
async function injectAxe(page: Page): Promise<boolean> {
	try {
		await page.addScriptTag({ content: axe.source });
	} catch {
		// Our apps' Content-Security-Policy refuses inline scripts, so the tag is blocked when
		// scripting is on. Evaluating through the DevTools protocol is not subject to the CSP —
		// nor to scripting being off, where axe would load but its timers never fire and its run
		// never end (the tag is refused on some pages without scripting too): only where they fire.
		if (!(await firesTimers(page))) return false;
		await page.evaluate(axe.source);
	}
	return page.evaluate(() => (window as AxeWindow).axe !== undefined);
}

/** How long a page's timer may take to fire before its scripting is taken to be off. */
const timerWaitMs = 5_000;

/** Whether the page's timers fire: they never do where scripting is off. */
async function firesTimers(page: Page): Promise<boolean> {
	const fired = page.evaluate(
		() => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 0))
	);
	// Where scripting is off the evaluation never settles, until the page closes.
	fired.catch(() => {});
	let timer: NodeJS.Timeout | undefined;
	const waited = new Promise<boolean>((resolve) => {
		timer = setTimeout(() => resolve(false), timerWaitMs);
	});
	try {
		return await Promise.race([fired, waited]);
	} finally {
		clearTimeout(timer);
	}
}

function runAxe(page: Page): Promise<axe.Result[]> {
	return page.evaluate(async (tags) => {
		const engine = (window as AxeWindow).axe;
		if (engine === undefined) throw new Error('axe-core is not on the page');
		const result = await engine.run(document, { runOnly: { type: 'tag', values: tags } });
		return result.violations;
	}, axeTags);
}

/**
 * With scripting off the injected <script> never runs, and axe's timers would never fire even if
 * evaluated another way (Chromium will not turn scripting back on for one page). So axe audits a
 * twin of the page in a scripting-enabled context (see {@link withSnapshot}): the same markup and
 * stylesheets, so colour contrast is real.
 */
function auditSnapshot(page: Page): Promise<axe.Result[]> {
	return withSnapshot(page, {}, async (twin) => {
		if (!(await injectAxe(twin))) throw new Error('Could not add axe-core to the page');
		return runAxe(twin);
	});
}
