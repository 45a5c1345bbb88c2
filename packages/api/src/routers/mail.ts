import { findCaughtMail, listCaughtMail } from '@whatworks/db';
import {
	caughtMailSchema,
	caughtMailSummarySchema,
	DomainError,
	idSchema
} from '@whatworks/domain';
import { z } from 'zod';
import { staffProcedure } from '../trpc.js';

/** The mail the embedded default caught instead of sending, for admins to read. */
export const mailRouter = {
	caught: staffProcedure('mail.read')
		.output(z.array(caughtMailSummarySchema))
		.query(({ ctx }) => listCaughtMail(ctx.db, { limit: 200 })),
	caughtMessage: staffProcedure('mail.read')
		.input(z.object({ id: idSchema }))
		.output(caughtMailSchema)
		.query(async ({ ctx, input }) => {
			const message = await findCaughtMail(ctx.db, input.id);
			if (!message) throw new DomainError('NOT_FOUND', 'No caught message has this number.');
			return message;
		})
};
