import { openTestDatabase, testDatabaseKinds } from '@whatworks/db/testing';
import { latestNewsCount, type ArticleContent } from '@whatworks/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './app-router.js';
import { createContext } from './context.js';
import { newsStory } from './testing/articles.js';
import { openStaffedApi, type StaffedApi } from './testing/staffed-api.js';

describe.each(testDatabaseKinds)('the home page on %s', (engine) => {
	let api: StaffedApi;
	/** Anyone on the site, signed in or not. */
	const reader = () => api.as(null);
	beforeAll(async () => {
		api = await openStaffedApi(engine);
	});
	afterAll(async () => {
		await api.handle.close();
	});

	it('counts what the lists show and leads with the news list’s first articles', async () => {
		const [home, interventions, partners, news] = await Promise.all([
			reader().home.get(),
			reader().interventions.list(),
			reader().partners.list(),
			reader().news.list({})
		]);
		expect(home.interventionCount).toBe(interventions.length);
		expect(home.interventionCount).toBeGreaterThan(0);
		expect(home.partnerCount).toBe(partners.length);
		expect(home.partnerCount).toBeGreaterThan(0);
		expect(home.latestNews).toEqual(news.articles.slice(0, latestNewsCount));
		expect(home.latestNews).toHaveLength(latestNewsCount);
	});

	it('leads with a story as soon as it is published, and stops counting an unpublished intervention', async () => {
		const story = await publish({ kind: 'article', content: newsStory('home-page-news') });
		const before = await reader().home.get();
		expect(before.latestNews.map((article) => article.slug)[0]).toBe('home-page-news');
		expect(before.latestNews).toHaveLength(latestNewsCount);

		const intervention = await publish({ kind: 'intervention', slug: 'kinship-care' });
		await api.staff.reviewer.drafts.transition({ draftId: intervention, action: 'unpublish' });
		await api.staff.reviewer.drafts.transition({ draftId: story, action: 'unpublish' });
		const after = await reader().home.get();
		expect(after.interventionCount).toBe(before.interventionCount - 1);
		expect(after.latestNews.map((article) => article.slug)).not.toContain('home-page-news');
	});

	/** Drafts a new article, or a draft of a published entry, and has it published as it is. */
	async function publish(
		draft: { kind: 'article'; content: ArticleContent } | { kind: 'intervention'; slug: string }
	): Promise<number> {
		const { editor, reviewer } = api.staff;
		const { draftId } =
			'content' in draft ? await editor.drafts.create(draft) : await editor.drafts.start(draft);
		const { latest } = await editor.drafts.get({ draftId });
		await editor.drafts.transition({ draftId, action: 'submit' });
		await reviewer.drafts.transition({
			draftId,
			action: 'publish',
			revisionId: latest.id,
			note: { minor: true }
		});
		return draftId;
	}
});

describe.each(testDatabaseKinds)('the home page of an empty site on %s', (engine) => {
	it('counts nothing and has no news, rather than failing', async () => {
		const handle = await openTestDatabase(engine);
		try {
			const home = await createCaller(createContext(handle.db)).home.get();
			expect(home).toEqual({ interventionCount: 0, partnerCount: 0, latestNews: [] });
		} finally {
			await handle.close();
		}
	});
});
