import { seedDemoContent, type DatabaseHandle } from '@whatworks/db';
import { openTestDatabase, testDatabaseKinds } from '@whatworks/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './app-router.js';
import { createContext } from './context.js';

describe.each(testDatabaseKinds)('feeds and the sitemap on %s', (kind) => {
	let handle: DatabaseHandle;
	let api: ReturnType<typeof createCaller>;
	beforeAll(async () => {
		handle = await openTestDatabase(kind);
		await seedDemoContent(handle.db);
		api = createCaller(createContext(handle.db));
	});
	afterAll(async () => {
		await handle.close();
	});

	it('gives a filtered feed a title that says its filters, and only entries they keep', async () => {
		const all = await api.feeds.get({ name: 'news' });
		expect(all.title).toBe('News');
		const blogs2019 = await api.feeds.get({
			name: 'news',
			filters: { type: 'blog-post', year: 2019 }
		});
		expect(blogs2019).toMatchObject({ title: 'News: Blog posts, 2019', listPath: '/news' });
		const sameFeed = await api.feeds.get({
			name: 'news',
			filters: { year: 2019, type: 'blog-post' }
		});
		expect(sameFeed.id).toBe(blogs2019.id);
		expect(all.id).not.toBe(blogs2019.id);
		expect(blogs2019.entries.length).toBeGreaterThan(0);
		expect(blogs2019.entries.length).toBeLessThan(all.entries.length);
		const listed = await api.news.list({ type: 'blog-post', year: 2019 });
		expect(blogs2019.entries.map((entry) => entry.path)).toEqual(
			listed.articles.map((article) => `/news/${article.slug}`)
		);
		const analyses = await api.feeds.get({
			name: 'publications',
			filters: { type: 'meta-analysis' }
		});
		expect(analyses.title).toBe('Publications: Meta-analyses');
		expect((await api.feeds.get({ name: 'evidence-store' })).title).toBe('Evidence Store changes');
	});

	it('refuses a feed nobody registered, or a filter its feed does not have, with a sentence', async () => {
		await expect(api.feeds.get({ name: 'constructor' })).rejects.toMatchObject({
			code: 'NOT_FOUND',
			message: 'There is no feed called constructor.'
		});
		await expect(
			api.feeds.get({ name: 'news', filters: { type: 'toString' } })
		).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: 'The News feed cannot be filtered by that type.'
		});
		await expect(api.feeds.get({ name: 'news', filters: { colour: 'red' } })).rejects.toMatchObject(
			{
				code: 'BAD_REQUEST',
				message: 'The News feed has no filter called colour.'
			}
		);
	});

	it('lists every item page for the sitemap', async () => {
		const pages = await api.sitemap.pages();
		const paths = pages.map((page) => page.path);
		expect(paths).toContain('/news/making-meetings-meaningful');
		expect(paths).toContain('/evidence-store/kinship-care');
		expect(paths.filter((path) => path.startsWith('/news/authors/')).length).toBe(
			(await api.news.authors()).length
		);
	});
});
