import {
	attachRecordFile,
	createRecordDraft,
	findRecordDraft,
	listOpenRecordDrafts,
	saveRecordDraft,
	startRecordDraft,
	transitionRecordDraft
} from '@whatworks/db';
import {
	DomainError,
	kindedContentSchema,
	recordAttachFileInputSchema,
	recordDraftSchema,
	recordSaveInputSchema,
	recordStartInputSchema,
	recordTransitionInputSchema
} from '@whatworks/domain';
import { z } from 'zod';
import { staffProcedure } from '../trpc.js';

const draftRef = z.object({ id: z.int() });

/** Drafts of research records (publications, projects, programmes, partners) in the review workflow. */
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

	/** The open draft of a live record, started from the public version when there is none. */
	start: staffProcedure('content.edit')
		.input(recordStartInputSchema)
		.output(draftRef)
		.mutation(async ({ ctx, input }) => ({
			id: await startRecordDraft(ctx.db, { ...input, actorId: ctx.staff.id })
		})),

	/** A draft of a new record, hidden until published. */
	create: staffProcedure('content.edit')
		.input(kindedContentSchema)
		.output(draftRef)
		.mutation(async ({ ctx, input }) => ({
			id: await createRecordDraft(ctx.db, { ...input, actorId: ctx.staff.id })
		})),

	save: staffProcedure('content.edit')
		.input(recordSaveInputSchema)
		.output(z.void())
		.mutation(({ ctx, input }) => saveRecordDraft(ctx.db, { ...input, actorId: ctx.staff.id })),

	/** Attaches the caller's uploaded report (`POST /files`) to a publication draft, or removes it. */
	attachFile: staffProcedure('content.edit')
		.input(recordAttachFileInputSchema)
		.output(z.void())
		.mutation(({ ctx, input }) => attachRecordFile(ctx.db, { ...input, actorId: ctx.staff.id })),

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
