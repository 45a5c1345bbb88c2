import {
	compareInterventions,
	findInterventionBySlug,
	listInterventions,
	searchInterventions
} from '@whatworks/db';
import {
	DomainError,
	interventionCompareInputSchema,
	interventionComparisonSchema,
	interventionGetInputSchema,
	interventionListInputSchema,
	interventionSchema,
	interventionSearchInputSchema,
	interventionSearchResultSchema,
	interventionSummarySchema
} from '@whatworks/domain';
import { z } from 'zod';
import { publicProcedure } from '../trpc.js';

/** The Evidence Store's interventions. */
export const interventionsRouter = {
	list: publicProcedure
		.input(interventionListInputSchema)
		.output(z.array(interventionSummarySchema))
		.query(({ ctx, input }) => listInterventions(ctx.db, input)),

	search: publicProcedure
		.input(interventionSearchInputSchema)
		.output(interventionSearchResultSchema)
		.query(({ ctx, input }) => searchInterventions(ctx.db, input)),

	get: publicProcedure
		.input(interventionGetInputSchema)
		.output(interventionSchema)
		.query(async ({ ctx, input }) => {
			const intervention = await findInterventionBySlug(ctx.db, input);
			if (!intervention) {
				throw new DomainError('NOT_FOUND', `There is no intervention at "${input.slug}".`);
			}
			return intervention;
		}),

	compare: publicProcedure
		.input(interventionCompareInputSchema)
		.output(interventionComparisonSchema)
		.query(({ ctx, input }) => compareInterventions(ctx.db, input))
};
