import { findHomePage } from '@whatworks/db';
import { homePageSchema } from '@whatworks/domain';
import { publicProcedure } from '../trpc.js';

/** The site's home page. */
export const homeRouter = {
	/** What the home page shows in one answer: the counts and the latest news. */
	get: publicProcedure.output(homePageSchema).query(({ ctx }) => findHomePage(ctx.db))
};
