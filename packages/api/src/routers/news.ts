import {
	findArticleBySlug,
	findAuthorBySlug,
	listAllArticles,
	listAuthors,
	listNews,
	listNewsAbout
} from '@whatworks/db';
import {
	articlePageSchema,
	articleSummarySchema,
	authorPageSchema,
	authorSummarySchema,
	bySlugInputSchema,
	newsAboutInputSchema,
	newsListInputSchema,
	newsListSchema,
	staffArticleSummarySchema
} from '@whatworks/domain';
import { z } from 'zod';
import { publicProcedure, staffProcedure } from '../trpc.js';
import { found } from './found.js';

/** News stories, press releases and blog posts, with their authors. */
export const newsRouter = {
	list: publicProcedure
		.input(newsListInputSchema)
		.output(newsListSchema)
		.query(({ ctx, input }) => listNews(ctx.db, input)),

	get: publicProcedure
		.input(bySlugInputSchema)
		.output(articlePageSchema)
		.query(async ({ ctx, input }) =>
			found(await findArticleBySlug(ctx.db, input), 'article', input.slug)
		),

	/** The latest articles about an intervention, project, partner or publication. */
	about: publicProcedure
		.input(newsAboutInputSchema)
		.output(z.array(articleSummarySchema))
		.query(({ ctx, input }) => listNewsAbout(ctx.db, input)),

	/** Every author, by name. */
	authors: publicProcedure
		.output(z.array(authorSummarySchema))
		.query(({ ctx }) => listAuthors(ctx.db)),

	/** Every article, published or taken off the site, for staff to choose one to edit. */
	all: staffProcedure('content.read')
		.output(z.array(staffArticleSummarySchema))
		.query(({ ctx }) => listAllArticles(ctx.db)),

	author: publicProcedure
		.input(bySlugInputSchema)
		.output(authorPageSchema)
		.query(async ({ ctx, input }) =>
			found(await findAuthorBySlug(ctx.db, input), 'author', input.slug)
		)
};
