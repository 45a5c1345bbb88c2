import axe from 'axe-core';
import type { Page } from 'playwright-core';

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
		// scripting is on. Evaluating through the DevTools protocol is not subject to the CSP.
		await page.evaluate(axe.source);
	}
	return page.evaluate(() => (window as AxeWindow).axe !== undefined);
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
 * twin: the page's current DOM, scripts removed, served at the same URL (so its stylesheets load
 * and colour contrast is real) in a scripting-enabled context where every script request fails.
 * What differs from the original: <noscript> content is not rendered, and form values typed
 * into the page since it loaded are not carried over.
 */
async function auditSnapshot(page: Page): Promise<axe.Result[]> {
	const html = await page.evaluate(() => {
		const root = document.documentElement.cloneNode(true) as HTMLElement;
		for (const script of root.querySelectorAll('script')) script.remove();
		return `<!DOCTYPE html>\n${root.outerHTML}`;
	});
	const url = page.url();
	const browser = page.context().browser();
	if (browser === null) throw new Error('axeViolations needs a page from launchBrowser()');
	const twinContext = await browser.newContext({ viewport: page.viewportSize() });
	try {
		const twin = await twinContext.newPage();
		await twin.route('**/*', async (route) => {
			const request = route.request();
			if (request.isNavigationRequest() && request.url() === url) {
				await route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
			} else if (request.resourceType() === 'script') {
				await route.abort();
			} else {
				await route.continue();
			}
		});
		if (url.startsWith('http')) await twin.goto(url);
		else await twin.setContent(html);
		if (!(await injectAxe(twin))) throw new Error('Could not add axe-core to the page');
		return await runAxe(twin);
	} finally {
		await twinContext.close();
	}
}
