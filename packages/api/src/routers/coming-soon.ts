import { findComingSoon, listComingSoon } from '@whatworks/db';
import { comingSoonGetInputSchema, comingSoonSchema, DomainError } from '@whatworks/domain';
import { z } from 'zod';
import { publicProcedure } from '../trpc.js';

/** New interventions whose evidence is being reviewed, as readers see them before publishing. */
export const comingSoonRouter = {
	/** Every intervention coming soon, the soonest expected first. */
	list: publicProcedure
		.output(z.array(comingSoonSchema))
		.query(({ ctx }) => listComingSoon(ctx.db)),

	get: publicProcedure
		.input(comingSoonGetInputSchema)
		.output(comingSoonSchema)
		.query(async ({ ctx, input }) => {
			const found = await findComingSoon(ctx.db, input);
			if (!found) {
				throw new DomainError('NOT_FOUND', `No intervention coming soon is at "${input.slug}".`);
			}
			return found;
		})
};
