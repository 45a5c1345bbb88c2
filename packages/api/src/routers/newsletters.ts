import { cancelMailing, findNewsletterIssue, listMailings, listNewsletters } from '@whatworks/db';
import {
	DomainError,
	draftRefSchema,
	idSchema,
	newsletterIssueSchema,
	newsletterMailingSchema,
	newsletterNumberInputSchema,
	newsletterPreviewSchema,
	newsletterSummarySchema,
	sendNewsletterInputSchema,
	subscriberEmailSchema
} from '@whatworks/domain';
import { z } from 'zod';
import {
	previewNewsletter,
	sendNewsletter,
	sendTestNewsletter
} from '../newsletters/newsletters.js';
import { publicProcedure, staffProcedure } from '../trpc.js';

/**
 * The e-newsletter's archive for readers; for staff, a draft issue's preview and test, and
 * sending a published issue, with its progress.
 */
export const newslettersRouter = {
	list: publicProcedure
		.output(z.array(newsletterSummarySchema))
		.query(({ ctx }) => listNewsletters(ctx.db)),

	get: publicProcedure
		.input(newsletterNumberInputSchema)
		.output(newsletterIssueSchema)
		.query(async ({ ctx, input }) => {
			const issue = await findNewsletterIssue(ctx.db, input);
			if (!issue) {
				throw new DomainError('NOT_FOUND', `No e-newsletter no.${input.number} is published.`);
			}
			const { id: _id, ...page } = issue;
			return page;
		}),

	/** A draft as it would be published now: its web page and its email. */
	preview: staffProcedure('content.read')
		.input(draftRefSchema)
		.output(newsletterPreviewSchema)
		.query(({ ctx, input }) => previewNewsletter(ctx, input.draftId)),

	/** Sends a draft to the member of staff asking, marked as a test. */
	sendTest: staffProcedure('content.read')
		.input(draftRefSchema)
		.output(z.object({ recipient: subscriberEmailSchema }))
		.mutation(({ ctx, input }) => sendTestNewsletter(ctx, ctx.staff, input.draftId)),

	send: staffProcedure('newsletters.send')
		.input(sendNewsletterInputSchema)
		.output(z.object({ mailingId: z.int(), sendAt: z.iso.datetime({ offset: true }) }))
		.mutation(({ ctx, input }) => sendNewsletter(ctx, ctx.staff, input)),

	/** An issue's mailings, newest first, with how far each has gone. */
	mailings: staffProcedure('content.read')
		.input(newsletterNumberInputSchema)
		.output(z.array(newsletterMailingSchema))
		.query(({ ctx, input }) => listMailings(ctx.db, input)),

	/** Stops a mailing that has not started going out. */
	cancel: staffProcedure('newsletters.send')
		.input(z.object({ mailingId: idSchema }))
		.output(z.object({ ok: z.literal(true) }))
		.mutation(async ({ ctx, input }) => {
			const stopped = await cancelMailing(ctx.db, {
				id: input.mailingId,
				by: ctx.staff.id,
				at: ctx.now()
			});
			if (!stopped) {
				throw new DomainError(
					'CONFLICT',
					'This mailing has already started going out, or was stopped: it cannot be stopped now.'
				);
			}
			return { ok: true as const };
		})
};
