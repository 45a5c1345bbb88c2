import { listItemPages, readFeedEntries } from '@whatworks/db';
import {
	DomainError,
	feedInputSchema,
	feedOfName,
	feedSchema,
	feedTitle,
	sitemapPageSchema
} from '@whatworks/domain';
import { z } from 'zod';
import { publicProcedure } from '../trpc.js';

/** Feeds of the kinds that register one, by the feed's name. */
export const feedsRouter = {
	get: publicProcedure
		.input(feedInputSchema)
		.output(feedSchema)
		.query(async ({ ctx, input }) => {
			const registered = feedOfName(input.name);
			if (!registered) throw new DomainError('NOT_FOUND', `There is no feed called ${input.name}.`);
			const { kind, feed } = registered;
			const filters = feed.filters.safeParse(input.filters);
			if (!filters.success) {
				throw new DomainError('INVALID_INPUT', `The ${feed.title} feed has no such filter.`);
			}
			return {
				title: feedTitle(feed.title, feed.describe(filters.data)),
				listPath: feed.listPath,
				entries: await readFeedEntries(ctx.db, { kind, filters: filters.data })
			};
		})
};

/** The pages of every item readers see, for the site's sitemap. */
export const sitemapRouter = {
	pages: publicProcedure
		.output(z.array(sitemapPageSchema))
		.query(({ ctx }) => listItemPages(ctx.db))
};
