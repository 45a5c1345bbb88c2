import { contentKindKeys, contentKinds, effectivenessKeys } from '@whatworks/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client.js';
import { articleStore } from '../drafts/stores/article.js';
import { contentStores } from '../drafts/stores/index.js';
import { articles, outcomeRatings, ratingSnapshots } from '../schema/index.js';
import { seedDemoContent } from '../seed/seed-demo-content.js';
import { openTestDatabase, testDatabaseKinds } from '../testing/test-databases.js';
import { findArticleContent } from './news.js';
import { listItemPages, readFeedEntries } from './feeds.js';

describe('the feeds the kinds register', () => {
	it('are read by the store of every kind the domain gives a feed, and of no other', () => {
		for (const kind of contentKindKeys) {
			expect([kind, Boolean(contentStores[kind].feed)]).toEqual([
				kind,
				Boolean(contentKinds[kind].feed)
			]);
		}
	});
});

describe.each(testDatabaseKinds)('feeds and the sitemap on %s', (engine) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await openTestDatabase(engine);
		await seedDemoContent(handle.db);
	});
	afterAll(async () => {
		await handle.close();
	});

	it('lists the page of every item readers see, each dated, and none they do not', async () => {
		const { db } = handle;
		await db
			.update(articles)
			.set({ live: false })
			.where(eq(articles.slug, 'change-programme-webinar'));
		const pages = await listItemPages(db);
		const paths = pages.map((page) => page.path);
		expect(new Set(paths).size).toBe(paths.length);
		for (const path of [
			'/evidence-store/kinship-care',
			'/publications/signs-of-safety-practice-guide',
			'/research/schwartz-rounds-evaluation',
			'/programmes/change-projects',
			'/partners/stockport',
			'/news/evidence-store-launched',
			'/news/authors/lorna-stabler'
		]) {
			expect(paths).toContain(path);
		}
		expect(paths).not.toContain('/news/change-programme-webinar');
		const launched = pages.find((page) => page.path === '/news/evidence-store-launched');
		expect(launched?.lastChanged).toBe('2019-01-30');
		expect(
			pages.every((page) => page.lastChanged === null || /^\d{4}-\d\d-\d\d$/.test(page.lastChanged))
		).toBe(true);
	});

	it('keeps an entry’s id when its article changes, and narrows the news by the feed’s filters', async () => {
		const { db } = handle;
		const blogs = await readFeedEntries(db, { kind: 'article', filters: { type: 'blog-post' } });
		expect(blogs.length).toBeGreaterThan(0);
		expect(blogs.every((entry) => entry.authors.length > 0)).toBe(true);
		const slug = 'evidence-store-launched';
		const before = (await readFeedEntries(db, { kind: 'article', filters: {} })).find(
			(entry) => entry.path === `/news/${slug}`
		);
		const content = await findArticleContent(db, { slug });
		if (!content || !before) throw new Error('The seeded article is missing');
		await db.transaction((tx) =>
			articleStore.publish(tx, {
				targetSlug: slug,
				content: { ...content, title: 'The Evidence Store opens' },
				now: new Date('2019-02-01T10:00:00Z'),
				changeNote: 'A clearer title.'
			})
		);
		const after = (await readFeedEntries(db, { kind: 'article', filters: {} })).find(
			(entry) => entry.path === `/news/${slug}`
		);
		expect(after).toMatchObject({
			id: before.id,
			title: 'The Evidence Store opens',
			publishedAt: before.publishedAt,
			updatedAt: '2019-02-01T10:00:00.000Z'
		});
	});

	it('tells of each new Evidence Store entry and each change of a published rating', async () => {
		const { db } = handle;
		const entries = await readFeedEntries(db, { kind: 'intervention', filters: {} });
		expect(entries.some((entry) => entry.title.startsWith('New in the Evidence Store:'))).toBe(
			true
		);
		expect(entries.some((entry) => entry.title.includes('rating of'))).toBe(false);

		const [outcome] = await db
			.select({ id: outcomeRatings.id, effectiveness: outcomeRatings.effectiveness })
			.from(outcomeRatings)
			.limit(1);
		const [latest] = await db
			.select()
			.from(ratingSnapshots)
			.where(eq(ratingSnapshots.outcomeRatingId, outcome?.id ?? 0));
		if (!outcome || !latest) throw new Error('The demo has no rated outcome');
		const other = effectivenessKeys.find((key) => key !== latest.effectiveness) ?? 'no-effect';
		const { id: _id, ...copy } = latest;
		await db.insert(ratingSnapshots).values({
			...copy,
			effectiveness: other,
			ratedAt: new Date('2030-01-01T00:00:00Z'),
			changeNote: 'A new trial.'
		});
		const [first] = await readFeedEntries(db, { kind: 'intervention', filters: {} });
		expect(first?.title).toMatch(/: the rating of .+ changed$/);
		expect(first?.summary).toContain('A new trial.');
	});
});
