import {
	axeViolations,
	launchBrowser,
	reflowProblems,
	startStack,
	type BrowserContext,
	type Page,
	type Stack
} from '@whatworks/e2e';
import { afterAll, beforeAll, expect } from 'vitest';

/** What a test file gets from {@link useSite}: the running stack and a JavaScript-off browser. */
export interface SiteSession {
	readonly stack: Stack;
	readonly context: BrowserContext;
	/**
	 * Opens a path of the site, checks it answered with `status` and passes
	 * {@link expectAccessible}.
	 */
	open(this: void, path: string, status?: number): Promise<Page>;
}

/**
 * The checks every page the tests visit must pass, as it is now (after a click or a form, say):
 * axe finds nothing, and it reflows into 320 CSS px, on a phone and in a 1280 px window zoomed to
 * 400%, with nothing scrolling sideways but a table in its own named region (WCAG 2.2 1.4.10).
 */
export async function expectAccessible(page: Page): Promise<void> {
	const { pathname, search } = new URL(page.url());
	const path = `${pathname}${search}`;
	expect(await axeViolations(page), `axe violations on ${path}`).toEqual([]);
	expect(await reflowProblems(page), `reflow problems on ${path}`).toEqual([]);
}

/**
 * Starts the API and the built site on a fresh database for this test file, and a Chromium with
 * JavaScript turned off: readers must be able to use every page without it.
 */
export function useSite(): SiteSession {
	let stack: Stack | undefined;
	let context: BrowserContext | undefined;
	let close = async () => {};

	beforeAll(async () => {
		stack = await startStack({ apps: ['site'] });
		const browser = await launchBrowser();
		context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
		close = () => browser.close();
	});
	afterAll(async () => {
		await context?.close();
		await close();
		await stack?.stop();
	});

	const started = <T>(value: T | undefined): T => {
		if (value === undefined) throw new Error('The site is not running yet: use it inside a test.');
		return value;
	};
	return {
		get stack() {
			return started(stack);
		},
		get context() {
			return started(context);
		},
		async open(path, status = 200) {
			const page = await started(context).newPage();
			const response = await page.goto(new URL(path, started(stack).siteUrl).href);
			expect(response?.status(), `status of ${path}`).toBe(status);
			await expectAccessible(page);
			return page;
		}
	};
}
