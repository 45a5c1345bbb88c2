import { findInterventionBySlug, listInterventions } from '@whatworks/db';
import {
	DomainError,
	interventionGetInputSchema,
	interventionListInputSchema,
	interventionSchema,
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

	get: publicProcedure
		.input(interventionGetInputSchema)
		.output(interventionSchema)
		.query(async ({ ctx, input }) => {
			const intervention = await findInterventionBySlug(ctx.db, input);
			if (!intervention) {
				throw new DomainError('NOT_FOUND', `There is no intervention at "${input.slug}".`);
			}
			return intervention;
		})
};
