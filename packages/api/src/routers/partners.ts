import { findPartnerByGssCode, listPartners } from '@whatworks/db';
import {
	DomainError,
	partnerGetInputSchema,
	partnerListInputSchema,
	partnerSchema,
	partnerSummarySchema
} from '@whatworks/domain';
import { z } from 'zod';
import { publicProcedure } from '../trpc.js';

/** Partner organisations and their programmes. */
export const partnersRouter = {
	list: publicProcedure
		.input(partnerListInputSchema)
		.output(z.array(partnerSummarySchema))
		.query(({ ctx, input }) => listPartners(ctx.db, input)),

	get: publicProcedure
		.input(partnerGetInputSchema)
		.output(partnerSchema)
		.query(async ({ ctx, input }) => {
			const partner = await findPartnerByGssCode(ctx.db, input);
			if (!partner) {
				throw new DomainError('NOT_FOUND', `No partner has the GSS code ${input.gssCode}.`);
			}
			return partner;
		})
};
