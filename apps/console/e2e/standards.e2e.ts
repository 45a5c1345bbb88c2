import { describe, expect, test } from 'vitest';
import { accessibilityProblems, page, signIn, stack, useConsole } from './console-session.js';

useConsole();

describe('the Evidence Standards page', () => {
	test('a reviewer finds it in the navigation and is told when nothing waits to be republished', async () => {
		const { reviewer, editor } = stack.demoStaff;
		if (!reviewer || !editor) throw new Error('The API server printed no demo reviewer or editor');
		await page.goto(`${stack.consoleUrl}/sign-in`);
		await signIn(reviewer.email, reviewer.password);
		await page.getByRole('link', { name: 'Evidence Standards' }).click();
		expect(new URL(page.url()).pathname).toBe('/standards');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Evidence Standards'
		);
		// The demo's ratings were all published by the standards the code runs.
		await expect(page.locator('#changes').textContent()).resolves.toMatch(
			/Every published rating is under version \d+\.\d+\.\d+\. There is nothing to\s+republish\./
		);
		await expect(page.locator('form[action="?/republish"]').count()).resolves.toBe(0);
		expect(await accessibilityProblems()).toEqual([]);
	});

	test('an editor has no link to it, and is refused the page', async () => {
		const { editor } = stack.demoStaff;
		if (!editor) throw new Error('The API server printed no demo editor');
		await page.goto(`${stack.consoleUrl}/sign-in`);
		await signIn(editor.email, editor.password);
		await expect(page.getByRole('link', { name: 'Evidence Standards' }).count()).resolves.toBe(0);
		const answer = await page.goto(`${stack.consoleUrl}/standards`);
		expect(answer?.status()).toBe(403);
	});
});
