import { testDatabaseKinds } from '@whatworks/db/testing';
import { newsPageSize, type ArticleContent } from '@whatworks/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStaffedApi, type Caller, type StaffedApi } from './testing/staffed-api.js';

/** Drafts the change as the editor and has the reviewer publish it, with a change note or not. */
async function publishChange(
	api: StaffedApi,
	draft: { kind: 'article'; slug: string | null; content: ArticleContent },
	changeNote: string | null
) {
	const { editor, reviewer } = api.staff;
	const draftId = draft.slug
		? (await editor.drafts.start({ kind: 'article', slug: draft.slug })).draftId
		: (await editor.drafts.create({ kind: 'article', content: draft.content })).draftId;
	const latest = (await editor.drafts.get({ draftId })).latest;
	const { revisionId } = draft.slug
		? await editor.drafts.save({
				draftId,
				baseRevisionId: latest.id,
				kind: 'article',
				content: draft.content
			})
		: { revisionId: latest.id };
	await editor.drafts.transition({ draftId, action: 'submit' });
	const note = changeNote ? { minor: false, changeNote } : { minor: true };
	await reviewer.drafts.transition({ draftId, action: 'publish', revisionId, note });
	return draftId;
}

const newPost: ArticleContent = {
	slug: 'what-supervision-is-for',
	type: 'blog-post',
	title: 'What supervision is for',
	summary: 'Three things good supervision does.',
	body: 'First it listens.\n\nThen it asks.',
	image: null,
	themes: ['supervision-and-decision-making'],
	topics: [],
	authorSlugs: ['david-wilkins'],
	interventionSlugs: [],
	projectSlugs: ['schwartz-rounds-evaluation'],
	partnerSlugs: ['walsall'],
	publicationSlugs: []
};

describe.each(testDatabaseKinds)('the news on %s', (engine) => {
	let api: StaffedApi;
	let reader: Caller;
	beforeAll(async () => {
		api = await openStaffedApi(engine);
		reader = api.as(null);
	});
	afterAll(async () => {
		await api.handle.close();
	});

	it('lists the seeded news newest first, each type and year filter keeping only its own', async () => {
		const all = await reader.news.list({});
		expect(all.total).toBeGreaterThan(12);
		const dates = all.articles.map((article) => article.firstPublishedAt);
		expect(dates).toEqual([...dates].sort().reverse());
		expect(all.years).toEqual([2019, 2018]);

		const blogs = await reader.news.list({ type: 'blog-post' });
		expect(blogs.total).toBeGreaterThan(0);
		expect(blogs.articles.every((article) => article.type === 'blog-post')).toBe(true);
		expect(blogs.articles.every((article) => article.authors.length > 0)).toBe(true);

		const of2018 = await reader.news.list({ year: 2018 });
		expect(of2018.total + (await reader.news.list({ year: 2019 })).total).toBe(all.total);
		expect(of2018.articles.every((article) => article.firstPublishedAt < '2019')).toBe(true);

		const wellbeing = await reader.news.list({ theme: 'workforce-wellbeing' });
		expect(wellbeing.articles.map((article) => article.slug)).toContain(
			'schwartz-rounds-partners-announced'
		);
		expect(
			wellbeing.articles.every((article) => article.themes.includes('workforce-wellbeing'))
		).toBe(true);
	});

	it('pages the list, and a page past the end still says how many there are', async () => {
		const { total, pageCount } = await reader.news.list({});
		expect(pageCount).toBe(Math.ceil(total / newsPageSize));
		const past = await reader.news.list({ page: pageCount + 1 });
		expect(past).toMatchObject({ articles: [], total, page: pageCount + 1 });
	});

	it('shows an article with its authors and what it is about, and the news on those pages', async () => {
		const page = await reader.news.get({ slug: 'change-project-partners-announced' });
		expect(page.type).toBe('press-release');
		expect(page.projects.length).toBeGreaterThan(0);
		expect(page.partners.map((partner) => partner.slug)).toContain('stockport');
		const about = await reader.news.about({ kind: 'partners', slug: 'stockport' });
		expect(about.map((article) => article.slug)).toContain('change-project-partners-announced');
		await expect(reader.news.get({ slug: 'no-such-article' })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
	});

	it('dates a new article when it is published, a major update when it has a change note, and never a minor one', async () => {
		const before = Date.now();
		await publishChange(api, { kind: 'article', slug: null, content: newPost }, null);
		const published = await reader.news.get({ slug: newPost.slug });
		expect(Date.parse(published.firstPublishedAt)).toBeGreaterThanOrEqual(before - 1000);
		expect(published.updatedAt).toBeNull();
		expect(published.changeNotes.map((change) => change.note)).toEqual(['First published.']);
		expect((await reader.news.list({})).articles[0]?.slug).toBe(newPost.slug);
		const author = await reader.news.author({ slug: 'david-wilkins' });
		expect(author.articles[0]?.slug).toBe(newPost.slug);

		const minor = { ...newPost, body: 'First it listens.\n\nThen it asks questions.' };
		await publishChange(api, { kind: 'article', slug: newPost.slug, content: minor }, null);
		expect(await reader.news.get({ slug: newPost.slug })).toMatchObject({
			body: minor.body,
			updatedAt: null,
			firstPublishedAt: published.firstPublishedAt
		});

		const major = { ...minor, summary: 'Four things good supervision does.' };
		const note = 'Added a fourth thing.';
		await publishChange(api, { kind: 'article', slug: newPost.slug, content: major }, note);
		const updated = await reader.news.get({ slug: newPost.slug });
		expect(updated.firstPublishedAt).toBe(published.firstPublishedAt);
		expect(updated.updatedAt).not.toBeNull();
		expect(updated.changeNotes.map((change) => change.note)).toEqual([note, 'First published.']);
	});

	it('refuses a blog post without an author, and a link to a page that does not exist', async () => {
		const { editor } = api.staff;
		await expect(
			editor.drafts.create({
				kind: 'article',
				content: { ...newPost, slug: 'anonymous', authorSlugs: [] }
			})
		).rejects.toThrow('Name the blog post’s author');
		const draftId = (
			await editor.drafts.create({
				kind: 'article',
				content: { ...newPost, slug: 'dangling', partnerSlugs: ['atlantis'] }
			})
		).draftId;
		await editor.drafts.transition({ draftId, action: 'submit' });
		const revisionId = (await editor.drafts.get({ draftId })).latest.id;
		await expect(
			api.staff.reviewer.drafts.transition({
				draftId,
				action: 'publish',
				revisionId,
				note: { minor: true }
			})
		).rejects.toThrow('No partner has the slug atlantis.');
		await expect(reader.news.get({ slug: 'dangling' })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
	});

	it('takes an unpublished article off every list, keeping it for staff', async () => {
		const slug = 'short-lived';
		const draftId = await publishChange(
			api,
			{ kind: 'article', slug: null, content: { ...newPost, slug, type: 'news-story' } },
			null
		);
		expect((await reader.news.list({})).articles.map((a) => a.slug)).toContain(slug);
		await api.staff.reviewer.drafts.transition({ draftId, action: 'unpublish' });
		await expect(reader.news.get({ slug })).rejects.toMatchObject({ code: 'NOT_FOUND' });
		expect((await reader.news.list({})).articles.map((a) => a.slug)).not.toContain(slug);
		const author = await reader.news.author({ slug: 'david-wilkins' });
		expect(author.articles.map((a) => a.slug)).not.toContain(slug);
		const staffList = await api.staff.editor.news.all();
		expect(staffList.find((article) => article.slug === slug)).toMatchObject({ live: false });
		await expect(reader.news.all()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
	});
});
