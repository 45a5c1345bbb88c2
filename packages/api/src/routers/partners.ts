import { findPartnerBySlug, findPartnerDirectory, listMapAreas, listPartners } from '@whatworks/db';
import {
	DomainError,
	mapAreaSchema,
	partnerDirectorySchema,
	partnerGetInputSchema,
	partnerListInputSchema,
	partnerProfileSchema,
	partnerSummarySchema
} from '@whatworks/domain';
import { z } from 'zod';
import { publicProcedure } from '../trpc.js';

/** Partner organisations, their programmes, and the map of England's authorities. */
export const partnersRouter = {
	list: publicProcedure
		.input(partnerListInputSchema)
		.output(z.array(partnerSummarySchema))
		.query(({ ctx, input }) => listPartners(ctx.db, input)),

	/**
	 * The partners page in one answer: the partners the filters keep, how many there are in all,
	 * every programme and the map — what `list`, `programmes.list` and `map` give apart.
	 */
	directory: publicProcedure
		.input(partnerListInputSchema)
		.output(partnerDirectorySchema)
		.query(({ ctx, input }) => findPartnerDirectory(ctx.db, input)),

	/** A partner's page: participations, projects, and for an authority its official figures. */
	get: publicProcedure
		.input(partnerGetInputSchema)
		.output(partnerProfileSchema)
		.query(async ({ ctx, input }) => {
			const partner = await findPartnerBySlug(ctx.db, input);
			if (!partner) throw new DomainError('NOT_FOUND', `No partner has the slug ${input.slug}.`);
			return partner;
		}),

	/** Every authority's outline with the programmes of those that are partners. */
	map: publicProcedure.output(z.array(mapAreaSchema)).query(({ ctx }) => listMapAreas(ctx.db))
};
