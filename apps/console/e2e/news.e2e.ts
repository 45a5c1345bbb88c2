import { axeViolations } from '@whatworks/e2e';
import { parseAtomFeed, parseJsonFeed } from 'feedsmith';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { parseSitemap } from 'sitemap';
import { describe, expect, test } from 'vitest';
import {
	accessibilityProblems,
	browser,
	context,
	page,
	signIn,
	stack,
	useConsole
} from './console-session.js';

useConsole();

/** The source an image shows once it has loaded (which may be after the page says it has). */
const loadedSource = (img: HTMLImageElement) => (img.naturalWidth > 0 ? img.currentSrc : '');
const loading = { timeout: 10_000, interval: 100 };

describe('the news', () => {
	test('an editor writes a blog post with an image, a reviewer publishes it, readers find it on the news, its author’s page, its feeds and the sitemap', async () => {
		const { editor, reviewer } = stack.demoStaff;
		if (!editor || !reviewer) throw new Error('The API server printed no demo editor or reviewer');
		await page.goto(`${stack.consoleUrl}/news`);
		await signIn(editor.email, editor.password);
		expect(await accessibilityProblems()).toEqual([]);
		await page.getByRole('link', { name: 'Add an article' }).click();
		await page.waitForURL(/\/research\/new\/article$/);

		// A blog post needs its author: the refusal names the field, and what was typed is kept.
		await page.getByLabel('Type').selectOption({ label: 'Blog post' });
		await page.getByLabel('Title').fill('A year of Schwartz Rounds');
		await page.getByLabel('Web address').fill('a-year-of-schwartz-rounds');
		await page.getByLabel('Summary').fill('What six authorities learned from a year of Rounds.');
		await page
			.getByLabel('Article', { exact: true })
			.fill('Staff came.\n\nThey talked about the work, and about themselves.');
		await page.getByLabel('Workforce wellbeing').check();
		await page.getByRole('button', { name: 'Start the draft' }).click();
		await expect(page.getByRole('alert').getByRole('link').textContent()).resolves.toBe(
			'Name the blog post’s author'
		);
		await expect(page.getByLabel('Title').inputValue()).resolves.toBe('A year of Schwartz Rounds');
		expect(await accessibilityProblems()).toEqual([]);
		await page.getByLabel('Dr David Wilkins').check();
		await page.getByRole('button', { name: 'Start the draft' }).click();
		await page.waitForURL(/\/drafts\/\d+$/);
		const draftUrl = page.url();
		expect(await accessibilityProblems()).toEqual([]);

		// The image needs its description: refused without one, then attached with it.
		const photo = await sharp({
			create: { width: 1600, height: 900, channels: 3, background: '#28a197' }
		})
			.png()
			.toBuffer();
		const chooseImage = () =>
			page.getByLabel('Choose an image').setInputFiles({
				name: 'rounds.png',
				mimeType: 'image/png',
				buffer: photo
			});
		await chooseImage();
		await page.getByRole('button', { name: 'Attach the image' }).click();
		// The browser cannot be given the file back, so the refusal says to choose it again.
		await expect(page.getByRole('alert').getByRole('link').allTextContents()).resolves.toEqual([
			'Choose the image again',
			'Describe the image for people who cannot see it'
		]);
		expect(await accessibilityProblems()).toEqual([]);
		await chooseImage();
		await page.getByLabel('Describe the image').fill('Social workers in a room');
		await page.getByRole('button', { name: 'Attach the image' }).click();
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'The image is saved with its description.'
		);
		expect(await accessibilityProblems()).toEqual([]);
		// Described anew, more precisely: the image it describes stays as it was.
		const description = 'Six social workers talk in a circle of chairs';
		await page.getByLabel('Its description').fill(description);
		await page.getByRole('button', { name: 'Save the description' }).click();
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'The image is saved with its description.'
		);
		const attached = page.getByRole('img', { name: description });
		// Loaded (through the console, for staff only until it is published), at the page's size.
		await expect
			.poll(() => attached.evaluate(loadedSource), loading)
			.toMatch(/\/images\/\d+\/640\.webp$/);
		await page.getByRole('button', { name: 'Submit for review' }).click();
		await expect(page.locator('#state').textContent()).resolves.toBe('In review');
		await page.getByRole('button', { name: 'Sign out' }).click();

		await page.goto(draftUrl);
		await signIn(reviewer.email, reviewer.password);
		await page.getByRole('button', { name: 'Approve and publish' }).click();
		await expect(page.locator('#state').textContent()).resolves.toBe('Published');

		const reader = await context.newPage();
		await reader.goto(`${stack.siteUrl}/news?type=blog-post`);
		await reader.getByRole('link', { name: 'A year of Schwartz Rounds' }).click();
		await reader.waitForURL(/\/news\/a-year-of-schwartz-rounds$/);
		expect(await reader.locator('main p').allInnerTexts()).toContain(
			'They talked about the work, and about themselves.'
		);
		expect(await axeViolations(reader)).toEqual([]);

		// On a phone (a browser that has not seen it yet) the page loads the 320-pixel WebP, and
		// nothing is wider than the screen.
		const phone = await browser.newPage({ viewport: { width: 320, height: 640 } });
		await phone.goto(reader.url());
		const shown = phone.getByRole('img', { name: description });
		await expect
			.poll(() => shown.evaluate(loadedSource), loading)
			.toMatch(/\/images\/\d+\/320\.webp$/);
		await expect(
			phone.evaluate(() => document.documentElement.scrollWidth)
		).resolves.toBeLessThanOrEqual(320);
		await phone.close();
		// Link previews get the 1200-pixel JPEG, at its full address, with its description.
		const preview = await reader.locator('meta[property="og:image"]').getAttribute('content');
		expect(preview).toMatch(new RegExp(`^${stack.siteUrl}/images/\\d+/1200\\.jpg$`));
		const jpeg = await fetch(preview ?? '');
		expect(jpeg.headers.get('content-type')).toBe('image/jpeg');
		expect((await sharp(new Uint8Array(await jpeg.arrayBuffer())).metadata()).width).toBe(1200);
		await expect(
			reader.locator('meta[property="og:image:alt"]').getAttribute('content')
		).resolves.toBe(description);
		const structured = JSON.parse(
			(await reader.locator('script[type="application/ld+json"]').textContent()) ?? '{}'
		) as { image?: string[] };
		expect(structured.image).toEqual([preview]);
		await reader.getByRole('link', { name: 'Dr David Wilkins' }).click();
		await reader.waitForURL(/\/news\/authors\/david-wilkins$/);
		expect(await reader.getByRole('link', { name: 'A year of Schwartz Rounds' }).count()).toBe(1);
		expect(await axeViolations(reader)).toEqual([]);

		// Its feeds (all news, and blog posts) lead with it; the sitemap lists its page.
		const text = async (path: string) => (await fetch(new URL(path, stack.siteUrl))).text();
		const newest = async (path: string) =>
			new URL(path, stack.siteUrl).pathname.endsWith('.json')
				? parseJsonFeed(await text(path)).items?.[0]?.title
				: parseAtomFeed(await text(path)).entries?.[0]?.title?.value;
		for (const path of [
			'/feeds/news.atom',
			'/feeds/news.json',
			'/feeds/news.atom?type=blog-post',
			'/feeds/news.json?type=blog-post&theme=workforce-wellbeing'
		]) {
			expect([path, await newest(path)]).toEqual([path, 'A year of Schwartz Rounds']);
		}
		// Feed readers that show pictures find its image in both formats.
		expect(parseJsonFeed(await text('/feeds/news.json')).items?.[0]?.image).toBe(preview);
		const atomLinks = parseAtomFeed(await text('/feeds/news.atom')).entries?.[0]?.links ?? [];
		expect(atomLinks.find((link) => link.rel === 'enclosure')).toMatchObject({
			href: preview,
			type: 'image/jpeg'
		});
		const sitemap = await text('/sitemap.xml');
		const listed = (await parseSitemap(Readable.from([sitemap]))).map((item) => item.url);
		expect(listed).toContain(new URL('/news/a-year-of-schwartz-rounds', stack.siteUrl).href);
	});
});
