import type { Locator } from '@whatworks/e2e';
import { describe, expect, it } from 'vitest';
import { expectAccessible, useSite } from './site-session.js';

const site = useSite();
const { open } = site;

/** The paths the links lead to, in the page's order (the site writes them relative). */
const pathsOf = (links: Locator) =>
	links.evaluateAll((elements) =>
		elements.map((link) => new URL((link as HTMLAnchorElement).href).pathname)
	);

describe('the e-newsletter archive with JavaScript off', () => {
	it('the sign-up page leads to the archive, which lists the issues newest first', async () => {
		const page = await open('/newsletter');
		await page.getByRole('link', { name: 'Read past issues' }).click();
		await page.waitForURL(/\/newsletters$/);
		await expectAccessible(page);
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('E-newsletter archive');
		expect(await pathsOf(page.locator('main h2 a'))).toEqual([
			'/newsletters/16',
			'/newsletters/13'
		]);
		const main = await page.locator('main').innerText();
		expect(main).toContain('e-newsletter, no.16 · 28 March 2019');
		expect(main.indexOf('no.16')).toBeLessThan(main.indexOf('no.13'));
		expect(await pathsOf(page.getByRole('link', { name: 'sign up for our e-newsletter' }))).toEqual(
			['/newsletter']
		);
		await page.close();
	});

	it('an issue’s page shows its title, its items with where to read more, and a way to sign up', async () => {
		const page = await open('/newsletters');
		const title = await page.locator('main h2 a').first().innerText();
		await page.locator('main h2 a').first().click();
		await page.waitForURL(/\/newsletters\/16$/);
		await expectAccessible(page);
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
		expect(await page.title()).toContain(title);
		expect(await page.locator('main').innerText()).toContain('e-newsletter, no.16 · 28 March 2019');
		expect(
			await page
				.getByRole('heading', { level: 2, name: 'First research protocols published' })
				.count()
		).toBe(1);
		// "Read more" names its item for whoever hears the link out of context.
		const readMore = page.locator('main a[href$="/news/first-research-protocols-published"]');
		expect(await pathsOf(readMore)).toEqual(['/news/first-research-protocols-published']);
		expect(await readMore.textContent()).toBe('Read more: First research protocols published');
		expect(await pathsOf(page.getByRole('link', { name: 'sign up for our e-newsletter' }))).toEqual(
			['/newsletter']
		);

		await readMore.click();
		await page.waitForURL(/\/news\/first-research-protocols-published$/);
		await page.goBack();
		await page.getByRole('link', { name: 'See all past issues' }).click();
		await page.waitForURL(/\/newsletters$/);
		await page.close();
	});

	it('an address that names no issue is a 404 with the site’s error page', async () => {
		for (const path of ['/newsletters/abc', '/newsletters/0', '/newsletters/999']) {
			const page = await open(path, 404);
			expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Page not found');
			expect(await page.locator('main').innerText()).toContain(
				'There is no e-newsletter at this address.'
			);
			await page.close();
		}
		const tooLong = await fetch(`${site.stack.siteUrl}/newsletters/123456`);
		await tooLong.body?.cancel();
		expect(tooLong.status).toBe(404);
	});
});
