import { parseAtomFeed, parseJsonFeed } from 'feedsmith';
import { Readable } from 'node:stream';
import { parseSitemap } from 'sitemap';
import { describe, expect, it } from 'vitest';
import { expectAccessible, useSite } from './site-session.js';

const site = useSite();
const { open } = site;

describe('the news with JavaScript off', () => {
	it('the home page leads with the latest news and the counts, and the news is in the main navigation', async () => {
		const home = await open('/');
		const latest = home.getByRole('complementary', { name: 'Latest news' });
		expect(await latest.getByRole('link').count()).toBe(4); // three articles and "All news"
		// The counts beside the sections come in the same answer as the news.
		const main = await home.locator('main').innerText();
		expect(main).toMatch(/\b13 interventions rated outcome by outcome/);
		expect(main).toMatch(/\b\d+ organisations, most of them English local authorities/);
		await home
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'News' })
			.click();
		await home.waitForURL(/\/news$/);
		await expectAccessible(home);
		expect(await home.getByRole('heading', { name: /^\d+ articles$/ }).count()).toBe(1);
		await home.close();
	});

	it('filters by type, opens a blog post with its author, and describes it to link previews', async () => {
		const page = await open('/news');
		await page.getByLabel('Type').selectOption({ label: 'Blog post' });
		await page.getByRole('button', { name: 'Apply filters' }).click();
		await page.waitForURL(/type=blog-post/);
		await expectAccessible(page);
		expect(await page.getByRole('heading', { name: /articles? match the filters/ }).count()).toBe(
			1
		);
		await page.getByRole('link', { name: 'Making meetings meaningful', exact: false }).click();
		await page.waitForURL(/\/news\/making-meetings-meaningful$/);
		await expectAccessible(page);
		expect(await page.locator('main').innerText()).toContain('12 July 2019');

		// Link previews and search engines read what the page is and when it was published.
		const ogTitle = await page.locator('meta[property="og:title"]').getAttribute('content');
		expect(ogTitle).toBe(await page.locator('h1').innerText());
		const structured = JSON.parse(
			(await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}'
		) as { '@type': string; headline: string; datePublished: string; author: { name: string }[] };
		expect(structured).toMatchObject({ '@type': 'BlogPosting', headline: ogTitle });
		expect(structured.datePublished.startsWith('2019-07-12')).toBe(true);

		await page
			.getByRole('link', { name: structured.author[0]?.name ?? '' })
			.first()
			.click();
		await page.waitForURL(/\/news\/authors\//);
		await expectAccessible(page);
		expect(await page.getByRole('link', { name: /Making meetings meaningful/ }).count()).toBe(1);
		await page.close();
	});

	it('a page past the last is a 404 that says so, as is an unknown article', async () => {
		const past = await open('/news?page=99', 404);
		expect(await past.getByText('There is no page 99').count()).toBe(1);
		expect(await past.title()).toMatch(/^News \(no page 99\)/);
		await past.close();
		await (await open('/news/no-such-article', 404)).close();
		await (await open('/news/authors/no-such-author', 404)).close();
	});

	it('a partner’s page lists the news about it', async () => {
		const page = await open('/partners/stockport');
		const news = page.getByRole('heading', { name: 'In the news' });
		expect(await news.count()).toBe(1);
		expect(
			await page.getByRole('link', { name: /chosen for Change Projects/ }).count()
		).toBeGreaterThan(0);
		await page.close();
	});

	it('names its feeds, which feed readers parse, filtered as the page is and titled so', async () => {
		const page = await open('/news?type=blog-post');
		const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) =>
			links.map((link) => ({
				type: link.getAttribute('type'),
				title: link.getAttribute('title'),
				href: (link as HTMLLinkElement).href
			}))
		);
		expect(alternates.map((link) => link.type)).toEqual([
			'application/atom+xml',
			'application/feed+json'
		]);
		expect(alternates.every((link) => link.title === 'News: Blog posts')).toBe(true);
		const listed = await page.locator('main h3 a').allInnerTexts();
		await page.close();

		const [atomLink, jsonLink] = alternates;
		const atomResponse = await fetch(atomLink?.href ?? '');
		expect(atomResponse.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
		const atom = parseAtomFeed(await atomResponse.text());
		expect(atom.title?.value).toBe('News: Blog posts');
		expect(atom.entries?.map((entry) => entry.title?.value)).toEqual(listed);
		const json = parseJsonFeed(await (await fetch(jsonLink?.href ?? '')).text());
		expect(json.items?.map((item) => item.title)).toEqual(listed);
		// Both formats name each entry alike, by an id that is not its address.
		expect(json.items?.map((item) => item.id)).toEqual(atom.entries?.map((entry) => entry.id));
		expect(json.items?.every((item) => item.id?.startsWith('urn:uuid:'))).toBe(true);

		for (const name of ['evidence-store', 'publications']) {
			const feed = parseAtomFeed(
				await (await fetch(`${site.stack.siteUrl}/feeds/${name}.atom`)).text()
			);
			expect(feed.entries?.length).toBeGreaterThan(0);
			const sameAsJson = parseJsonFeed(
				await (await fetch(`${site.stack.siteUrl}/feeds/${name}.json`)).text()
			);
			expect(sameAsJson.items?.map((item) => item.id)).toEqual(
				feed.entries?.map((entry) => entry.id)
			);
		}
		expect((await fetch(`${site.stack.siteUrl}/feeds/constructor.atom`)).status).toBe(404);
	});

	it('lists every public page in the sitemap, which robots.txt names', async () => {
		const robots = await (await fetch(`${site.stack.siteUrl}/robots.txt`)).text();
		const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
		expect(sitemapUrl).toBe(new URL('/sitemap.xml', site.stack.siteUrl).href);
		const xml = await (await fetch(sitemapUrl ?? '')).text();
		const urls = (await parseSitemap(Readable.from([xml]))).map(
			(item) => new URL(item.url).pathname
		);
		for (const path of [
			'/',
			'/news',
			'/news/making-meetings-meaningful',
			'/news/authors/lorna-stabler',
			'/evidence-store/parent-child-interaction-therapy',
			'/partners/stockport',
			'/publications/shared-decision-making-rapid-realist-review'
		]) {
			expect(urls).toContain(path);
		}
		// Every address in it is a page that answers.
		for (const path of urls) {
			const response = await fetch(new URL(path, site.stack.siteUrl));
			await response.body?.cancel();
			expect([path, response.status]).toEqual([path, 200]);
		}
	});
});
