import { z } from 'zod';
import { pageNumberSchema, slugSchema } from './common.js';
import { contentImageSchema } from './images.js';
import { changeNoteSchema, topicLabels, topicSchema } from './intervention.js';
import { namedRefSchema, researchThemeLabels, researchThemeSchema } from './research.js';

/**
 * The kinds of article the Centre publishes in its news.
 * @example articleTypeLabels['press-release'] // 'Press release'
 */
export const articleTypeKeys = ['news-story', 'press-release', 'blog-post'] as const;

/** One article type key. */
export type ArticleType = z.infer<typeof articleTypeSchema>;
/** Validates an article type key. */
export const articleTypeSchema = z.enum(articleTypeKeys).describe('Kind of article');

/** Labels of the article types for readers. */
export const articleTypeLabels = {
	'news-story': 'News story',
	'press-release': 'Press release',
	'blog-post': 'Blog post'
} as const satisfies Record<ArticleType, string>;

/** The article types as a feed's title names several: "News: Blog posts". */
export const articleTypePluralLabels = {
	'news-story': 'News stories',
	'press-release': 'Press releases',
	'blog-post': 'Blog posts'
} as const satisfies Record<ArticleType, string>;

/** Someone who writes blog posts, with a page listing them. */
export type AuthorContent = z.infer<typeof authorContentSchema>;
/** Validates an author draft. */
export const authorContentSchema = z.object({
	slug: slugSchema,
	name: z.string().trim().min(1, 'Give the author’s name').max(200),
	role: z
		.string()
		.trim()
		.min(1, 'Say what the author does')
		.max(300)
		.describe('e.g. "Researcher, CASCADE, Cardiff University"'),
	bio: z.string().trim().min(1, 'Write a short biography').max(3000)
});

/**
 * A news story, press release or blog post as the console edits it. The body is plain text,
 * paragraphs apart by a blank line; what it is about is linked by slug (checked on publishing).
 * A blog post names its authors. The image is attached on its own (`drafts.attachImage`): a save
 * changes only its description.
 */
export type ArticleContent = z.infer<typeof articleContentSchema>;
/** Validates an article draft. */
export const articleContentSchema = z
	.object({
		slug: slugSchema,
		type: articleTypeSchema,
		title: z.string().trim().min(1, 'Give the title').max(300),
		summary: z
			.string()
			.trim()
			.min(1, 'Write a summary')
			.max(500)
			.describe('One or two sentences for lists, feeds and link previews'),
		body: z.string().trim().min(1, 'Write the article').max(50000),
		image: contentImageSchema
			.nullable()
			.describe('Shown at the top of the article and in link previews, when attached'),
		themes: z.array(researchThemeSchema),
		topics: z.array(topicSchema),
		authorSlugs: z.array(slugSchema).describe('Who wrote it; a blog post names at least one'),
		interventionSlugs: z.array(slugSchema).describe('Evidence Store entries it is about'),
		projectSlugs: z.array(slugSchema).describe('Research projects it is about'),
		partnerSlugs: z.array(slugSchema).describe('Partners it is about'),
		publicationSlugs: z.array(slugSchema).describe('Publications it is about')
	})
	.refine((article) => article.type !== 'blog-post' || article.authorSlugs.length > 0, {
		message: 'Name the blog post’s author',
		path: ['authorSlugs']
	});

/**
 * An article's paragraphs: its body split at blank lines, each paragraph's line breaks kept as
 * spaces.
 * @example articleParagraphs('One\ntwo.\n\nThree.') // ['One two.', 'Three.']
 */
export function articleParagraphs(body: string): string[] {
	return body
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
		.filter((paragraph) => paragraph.length > 0);
}

/** An article as lists and feeds show it. */
export type ArticleSummary = z.infer<typeof articleSummarySchema>;
/** Validates a news list entry. */
export const articleSummarySchema = z.object({
	slug: slugSchema,
	type: articleTypeSchema,
	title: z.string().min(1).max(300),
	summary: z.string().max(500),
	themes: z.array(researchThemeSchema),
	topics: z.array(topicSchema),
	authors: z.array(namedRefSchema),
	firstPublishedAt: z.iso.datetime({ offset: true }).describe('When it was first published'),
	updatedAt: z.iso
		.datetime({ offset: true })
		.nullable()
		.describe('When it last had a major update (one with a public change note), if ever')
});

/** An article's page: the entry, its body and what it is about. */
export type ArticlePage = z.infer<typeof articlePageSchema>;
/** Validates an article page. */
export const articlePageSchema = articleSummarySchema.extend({
	body: z.string(),
	image: contentImageSchema.nullable(),
	changeNotes: z.array(changeNoteSchema).describe('Major updates, newest first'),
	interventions: z.array(namedRefSchema),
	projects: z.array(namedRefSchema),
	partners: z.array(namedRefSchema),
	publications: z.array(namedRefSchema)
});

/** The news list's page size. */
export const newsPageSize = 20;

/** Parameters of `news.list`: filters (any when left out) and the page, from 1. */
export type NewsListInput = z.infer<typeof newsListInputSchema>;
/** Validates the news list's filters. */
export const newsListInputSchema = z
	.object({
		type: articleTypeSchema.optional(),
		theme: researchThemeSchema.optional(),
		topic: topicSchema.optional(),
		year: z.int().min(2000).max(2100).optional(),
		page: pageNumberSchema.default(1)
	})
	.default({ page: 1 });

/** One page of the news: the articles the filters keep, newest first, and how many in all. */
export type NewsList = z.infer<typeof newsListSchema>;
/** Validates a page of the news list. */
export const newsListSchema = z.object({
	articles: z.array(articleSummarySchema),
	total: z.int().min(0),
	page: z.int().min(1),
	pageCount: z.int().min(0),
	years: z.array(z.int()).describe('The years with articles, newest first, for the year filter')
});

/** An author's page: who they are and what they wrote, newest first. */
export type AuthorPage = z.infer<typeof authorPageSchema>;
/** Validates an author page. */
export const authorPageSchema = authorContentSchema.extend({
	articles: z.array(articleSummarySchema)
});

/** The pages news can be about, as `news.about` names them. */
export const newsAboutKindKeys = ['interventions', 'projects', 'partners', 'publications'] as const;

/** Parameters of `news.about`: the kind of page and its slug. */
export type NewsAboutInput = z.infer<typeof newsAboutInputSchema>;
/** Validates which page's news to list. */
export const newsAboutInputSchema = z.object({
	kind: z.enum(newsAboutKindKeys),
	slug: slugSchema
});

/** An author as lists name them. */
export type AuthorSummary = z.infer<typeof authorSummarySchema>;
/** Validates an author list entry. */
export const authorSummarySchema = authorContentSchema.pick({ slug: true, name: true, role: true });

/** An article as staff list it: published or taken off the site. */
export type StaffArticleSummary = z.infer<typeof staffArticleSummarySchema>;
/** Validates an article of the staff list. */
export const staffArticleSummarySchema = articleSummarySchema.extend({
	live: z.boolean().describe('Whether readers see it')
});

/** The filters a news feed's address may carry: those of the news list, without the page. */
export type NewsFilters = z.infer<typeof newsFiltersSchema>;
/** Validates the filters of a news feed. */
export const newsFiltersSchema = newsListInputSchema.unwrap().omit({ page: true }).strict();

/**
 * The news filters in words, for a feed's title.
 * @example describeNewsFilters({ type: 'blog-post', year: 2019 }) // ['Blog posts', '2019']
 */
export function describeNewsFilters(filters: NewsFilters): string[] {
	return [
		filters.type && articleTypePluralLabels[filters.type],
		filters.theme && researchThemeLabels[filters.theme],
		filters.topic && topicLabels[filters.topic],
		filters.year && String(filters.year)
	].filter((words): words is string => Boolean(words));
}
