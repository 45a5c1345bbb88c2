import {
	axeViolations,
	launchBrowser,
	startStack,
	type Browser,
	type BrowserContext,
	type Page,
	type Stack
} from '@whatworks/e2e';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

// Live bindings: each test file that calls useConsole() reads the current stack, browser and page.
export let stack: Stack;
export let browser: Browser;
export let context: BrowserContext;
export let page: Page;

/**
 * Starts the API, the built console and the built site on a fresh database for this test file
 * (the site too: a publication must reach the public page), and gives each test a new page with
 * JavaScript off: the console must work without it.
 */
export function useConsole(): void {
	beforeAll(async () => {
		[stack, browser] = await Promise.all([
			startStack({ apps: ['console', 'site'] }),
			launchBrowser()
		]);
	});
	afterAll(async () => {
		await browser?.close();
		await stack?.stop();
	});
	beforeEach(async () => {
		context = await browser.newContext({ javaScriptEnabled: false });
		page = await context.newPage();
	});
	afterEach(async () => {
		await context.close();
	});
}

/** axe's violations as "rule: help (n elements)" lines, so a failure says what to fix. */
export async function accessibilityProblems(on: Page = page): Promise<string[]> {
	const violations = await axeViolations(on);
	return violations.map(
		(violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} elements)`
	);
}

/** Signs in through the form and waits for the page it leads to. */
export async function signIn(email: string, password: string): Promise<void> {
	await page.getByLabel('Email address').fill(email);
	await page.getByLabel('Password').fill(password);
	await Promise.all([
		page.waitForURL((url) => url.pathname !== '/sign-in'),
		page.getByRole('button', { name: 'Sign in' }).click()
	]);
}
