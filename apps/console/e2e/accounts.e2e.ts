import { describe, expect, test } from 'vitest';
import { accessibilityProblems, page, signIn, stack, useConsole } from './console-session.js';

useConsole();

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

	test('a wrong password is refused without saying whether the account exists', async () => {
		await page.goto(`${stack.consoleUrl}/sign-in`);
		await page.getByLabel('Email address').fill('analyst@example.org');
		await page.getByLabel('Password').fill('correct horse battery staple');
		const [response] = await Promise.all([
			page.waitForResponse((answer) => answer.request().method() === 'POST'),
			page.getByRole('button', { name: 'Sign in' }).click()
		]);
		expect(response.status()).toBe(400);
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'The email address or password is not right.'
		);
		// The email address is kept for the next try; the password never comes back.
		await expect(page.getByLabel('Email address').inputValue()).resolves.toBe(
			'analyst@example.org'
		);
		await expect(page.getByLabel('Password').inputValue()).resolves.toBe('');
		expect(await page.content()).not.toContain('correct horse battery staple');
		expect(await accessibilityProblems()).toEqual([]);
	});
});

describe('staff accounts', () => {
	test('pages need a session: signing in leads back to the page asked for', async () => {
		await page.goto(`${stack.consoleUrl}/`);
		expect(new URL(page.url()).pathname).toBe('/sign-in');
		const editor = stack.demoStaff.editor;
		if (!editor) throw new Error('The API server printed no demo editor');
		await signIn(editor.email, editor.password);
		expect(new URL(page.url()).pathname).toBe('/');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Dashboard');
		expect(
			await page
				.getByRole('table')
				.getByRole('row', { name: /Parent-Child Interaction Therapy/ })
				.count()
		).toBe(1);
		await expect(page.locator('.ww-signed-in').textContent()).resolves.toContain('(editor)');
		// Editors do not see the admin pages, and cannot open them.
		expect(await page.getByRole('link', { name: 'Users' }).count()).toBe(0);
		const forbidden = await page.goto(`${stack.consoleUrl}/users`);
		expect(forbidden?.status()).toBe(403);
		expect(await accessibilityProblems()).toEqual([]);
	});

	test('an admin invites a reviewer, who sets a password from the link and signs in and out', async () => {
		const admin = stack.demoStaff.admin;
		if (!admin) throw new Error('The API server printed no demo admin');
		await page.goto(`${stack.consoleUrl}/users`);
		await signIn(admin.email, admin.password);
		expect(new URL(page.url()).pathname).toBe('/users');
		expect(await accessibilityProblems()).toEqual([]);

		await page.getByLabel('Full name').fill('Rosalind Franklin');
		await page.getByLabel('Email address').fill('rosalind@example.org');
		await page.getByLabel('Reviewer').check();
		await page.getByRole('button', { name: 'Create invite' }).click();
		const link = await page.locator('.ww-invite-link').textContent();
		expect(link).toMatch(/\/accept-invite\?token=[\w-]{43}$/);
		expect(await page.getByRole('row', { name: /Rosalind Franklin/ }).textContent()).toContain(
			'Invited'
		);
		expect(await accessibilityProblems()).toEqual([]);

		for (const path of ['/sessions', '/audit']) {
			const response = await page.goto(`${stack.consoleUrl}${path}`);
			expect(response?.status()).toBe(200);
			expect(await accessibilityProblems()).toEqual([]);
		}
		expect(await page.getByRole('table').textContent()).toContain('user.invited');
		// The admin checks the chain, then holds it to the head it printed.
		await page.getByRole('button', { name: 'Check the log' }).click();
		const whole = await page.getByRole('status').textContent();
		expect(whole).toContain('The log is whole');
		const head = (await page.locator('.ww-chain-head').textContent()) ?? '';
		await page.getByLabel('Head recorded last time (optional)').fill(head);
		await page.getByRole('button', { name: 'Check the log' }).click();
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'including the head you recorded'
		);
		await page.getByLabel('Head recorded last time (optional)').fill('12:not-a-hash');
		await page.getByRole('button', { name: 'Check the log' }).click();
		await expect(page.getByRole('alert').textContent()).resolves.toContain('a number, a colon');
		expect(await accessibilityProblems()).toEqual([]);
		await page.getByRole('button', { name: 'Sign out' }).click();
		await page.waitForURL(/\/sign-in$/);

		await page.goto(link?.trim() ?? '');
		expect(await accessibilityProblems()).toEqual([]);
		await page.getByLabel('New password').fill('qwerty123456');
		await page.getByLabel('Type it again').fill('qwerty123456');
		await page.getByRole('button', { name: 'Set password' }).click();
		await expect(page.getByRole('alert').textContent()).resolves.toContain('most common');
		await page.getByLabel('New password').fill('double helix photograph 51');
		await page.getByLabel('Type it again').fill('double helix photograph 51');
		await page.getByRole('button', { name: 'Set password' }).click();
		await page.waitForURL(/\/sign-in\?invited=1$/);
		await signIn('rosalind@example.org', 'double helix photograph 51');
		await expect(page.locator('.ww-signed-in').textContent()).resolves.toContain(
			'Rosalind Franklin'
		);
	});
});
