import { feedId, listItemPages, readFeedEntries } from '@whatworks/db';
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
				const [issue] = filters.error.issues;
				const key = issue?.code === 'unrecognized_keys' ? issue.keys[0] : issue?.path[0];
				throw new DomainError(
					'INVALID_INPUT',
					issue?.code === 'unrecognized_keys'
						? `The ${feed.title} feed has no filter called ${String(key)}.`
						: `The ${feed.title} feed cannot be filtered by that ${String(key)}.`
				);
			}
			return {
				id: feedId(input.name, filters.data),
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
