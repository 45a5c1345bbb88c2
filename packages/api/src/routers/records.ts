import {
	createPublicationDraft,
	findRecordDraft,
	listOpenRecordDrafts,
	saveRecordDraft,
	startPublicationDraft,
	transitionRecordDraft
} from '@whatworks/db';
import {
	bySlugInputSchema,
	DomainError,
	publicationContentSchema,
	recordDraftSchema,
	recordSaveInputSchema,
	recordTransitionInputSchema
} from '@whatworks/domain';
import { z } from 'zod';
import { staffProcedure } from '../trpc.js';

const draftRef = z.object({ id: z.int() });

/** Drafts of research records (publications) moving through the review workflow. */
export const recordsRouter = {
	list: staffProcedure('content.read')
		.output(z.array(recordDraftSchema))
		.query(({ ctx }) => listOpenRecordDrafts(ctx.db)),

	get: staffProcedure('content.read')
		.input(draftRef)
		.output(recordDraftSchema)
		.query(async ({ ctx, input }) => {
			const draft = await findRecordDraft(ctx.db, input.id);
			if (!draft) throw new DomainError('NOT_FOUND', 'There is no such draft.');
			return draft;
		}),

	/** The open draft of a live publication, started from the public version when there is none. */
	startPublication: staffProcedure('content.edit')
		.input(bySlugInputSchema)
		.output(draftRef)
		.mutation(async ({ ctx, input }) => ({
			id: await startPublicationDraft(ctx.db, { slug: input.slug, actorId: ctx.staff.id })
		})),

	createPublication: staffProcedure('content.edit')
		.input(publicationContentSchema)
		.output(draftRef)
		.mutation(async ({ ctx, input }) => ({
			id: await createPublicationDraft(ctx.db, { content: input, actorId: ctx.staff.id })
		})),

	save: staffProcedure('content.edit')
		.input(recordSaveInputSchema)
		.output(z.void())
		.mutation(({ ctx, input }) =>
			saveRecordDraft(ctx.db, { id: input.id, content: input.content, actorId: ctx.staff.id })
		),

	/** Submit, send back, publish, withdraw or discard; the workflow checks who may. */
	transition: staffProcedure('content.read')
		.input(recordTransitionInputSchema)
		.output(z.object({ state: z.string().nullable() }))
		.mutation(async ({ ctx, input }) => {
			const outcome = await transitionRecordDraft(ctx.db, {
				id: input.id,
				action: input.action,
				actor: { id: ctx.staff.id, roles: ctx.staff.roles },
				note: input.note
			});
			// Readers see a publication at once, not when the cache would have expired.
			if (outcome.state === 'published') ctx.cache?.clear();
			return outcome;
		})
};
