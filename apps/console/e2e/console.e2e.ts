import {
	axeViolations,
	launchBrowser,
	startStack,
	type Browser,
	type BrowserContext,
	type Page,
	type Stack
} from '@whatworks/e2e';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';

let stack: Stack;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	// The console's e2e task builds the console only, so the public site is not started.
	[stack, browser] = await Promise.all([startStack({ apps: ['console'] }), launchBrowser()]);
});

afterAll(async () => {
	await browser?.close();
	await stack?.stop();
});

beforeEach(async () => {
	// Pages must work with JavaScript off; JavaScript only enhances.
	context = await browser.newContext({ javaScriptEnabled: false });
	page = await context.newPage();
});

afterEach(async () => {
	await context.close();
});

/** axe's violations as "rule: help (n elements)" lines, so a failure says what to fix. */
async function accessibilityProblems(): Promise<string[]> {
	const violations = await axeViolations(page);
	return violations.map(
		(violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} elements)`
	);
}

describe('sign in', () => {
	test('shows a labelled GOV.UK sign-in form', async () => {
		const response = await page.goto(`${stack.consoleUrl}/sign-in`);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sign in');
		await expect(page.getByLabel('Email address').getAttribute('type')).resolves.toBe('email');
		await expect(page.getByLabel('Password').getAttribute('type')).resolves.toBe('password');
		expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(1);
		expect(await accessibilityProblems()).toEqual([]);
	});

	test('an empty form names the missing fields in an error summary', async () => {
		await page.goto(`${stack.consoleUrl}/sign-in`);
		const [response] = await Promise.all([
			page.waitForResponse((answer) => answer.request().method() === 'POST'),
			page.getByRole('button', { name: 'Sign in' }).click()
		]);
		expect(response.status()).toBe(400);
		await expect(page.title()).resolves.toMatch(/^Error: Sign in/);
		const summary = page.getByRole('alert');
		await expect(summary.getByRole('heading').textContent()).resolves.toBe('There is a problem');
		const links = summary.getByRole('link');
		await expect(links.allTextContents()).resolves.toEqual([
			'Enter your email address',
			'Enter your password'
		]);
		await expect(links.first().getAttribute('href')).resolves.toBe('#email');
		// Each field says what is wrong with it too, and is described by that message.
		await expect(page.getByLabel('Email address').getAttribute('aria-describedby')).resolves.toBe(
			'email-error'
		);
		expect(await accessibilityProblems()).toEqual([]);
	});

	test('a complete form is told honestly that staff accounts do not exist yet', async () => {
		await page.goto(`${stack.consoleUrl}/sign-in`);
		await page.getByLabel('Email address').fill('analyst@example.org');
		await page.getByLabel('Password').fill('correct horse battery staple');
		const [response] = await Promise.all([
			page.waitForResponse((answer) => answer.request().method() === 'POST'),
			page.getByRole('button', { name: 'Sign in' }).click()
		]);
		expect(response.status()).toBe(503);
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'Staff accounts are not available yet'
		);
		// The email address is kept for the next try; the password never comes back.
		await expect(page.getByLabel('Email address').inputValue()).resolves.toBe(
			'analyst@example.org'
		);
		await expect(page.getByLabel('Password').inputValue()).resolves.toBe('');
		expect(await page.content()).not.toContain('correct horse battery staple');
	});
});

describe('interventions', () => {
	test('lists the interventions read-only, with a way to sign in', async () => {
		const response = await page.goto(`${stack.consoleUrl}/`);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Interventions'
		);
		await expect(page.getByRole('region', { name: 'Important' }).textContent()).resolves.toContain(
			'Read-only preview: editing arrives with staff accounts'
		);
		const table = page.getByRole('table');
		const row = table.getByRole('row', { name: /Parent-Child Interaction Therapy/ });
		expect(await row.count()).toBe(1);
		await expect(table.getByRole('columnheader').allTextContents()).resolves.toEqual([
			'Name',
			'Outcomes',
			'Evidence last reviewed',
			'Page updated'
		]);
		await expect(
			page
				.getByRole('navigation', { name: 'Console' })
				.getByRole('link', { name: 'Sign in' })
				.getAttribute('href')
		).resolves.toBe('/sign-in');
		await expect(page.getByRole('banner').textContent()).resolves.toContain(
			'Evidence Store console'
		);
		expect(await accessibilityProblems()).toEqual([]);
	});
});
