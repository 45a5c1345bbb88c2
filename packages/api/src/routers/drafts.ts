import {
	announceComingSoon,
	attachFile,
	attachImage,
	createDraft,
	findDraft,
	findRevisionContent,
	listDrafts,
	saveDraft,
	saveOverride,
	startDraft,
	transitionDraft,
	unannounceComingSoon
} from '@whatworks/db';
import {
	announceInputSchema,
	attachFileInputSchema,
	attachImageInputSchema,
	DomainError,
	draftListInputSchema,
	draftRefSchema,
	draftSchema,
	draftStateSchema,
	draftSummarySchema,
	kindedContentSchema,
	revisionRefSchema,
	saveDraftInputSchema,
	saveOverrideInputSchema,
	startDraftInputSchema,
	transitionInputSchema
} from '@whatworks/domain';
import { z } from 'zod';
import { staffProcedure } from '../trpc.js';
import { showPublished } from '../published.js';

const savedSchema = z.object({ revisionId: z.int(), number: z.int() });

/**
 * Drafting, reviewing and publishing every kind of public content through one workflow. Which
 * moves a caller may make is decided per move by the domain's rules (`decideTransition`); every
 * procedure also declares the least permission it needs.
 */
export const draftsRouter = {
	list: staffProcedure('content.read')
		.input(draftListInputSchema)
		.output(z.array(draftSummarySchema))
		.query(({ ctx, input }) => listDrafts(ctx.db, input)),

	get: staffProcedure('content.read')
		.input(draftRefSchema)
		.output(draftSchema)
		.query(async ({ ctx, input }) => {
			const draft = await findDraft(ctx.db, input);
			if (!draft) throw new DomainError('NOT_FOUND', 'There is no such draft.');
			return draft;
		}),

	/** One revision's content, e.g. to compare two or to restore an old one. */
	revision: staffProcedure('content.read')
		.input(revisionRefSchema)
		.output(kindedContentSchema)
		.query(async ({ ctx, input }) => {
			const revision = await findRevisionContent(ctx.db, input);
			if (!revision) throw new DomainError('NOT_FOUND', 'There is no such revision.');
			return revision;
		}),

	/** The open draft of a live item, or a new draft starting from what readers see. */
	start: staffProcedure('content.edit')
		.input(startDraftInputSchema)
		.output(draftRefSchema)
		.mutation(async ({ ctx, input }) => ({
			draftId: await startDraft(ctx.db, { ...input, actorId: ctx.staff.id })
		})),

	/** A draft of a new item, unseen by readers until it is published. */
	create: staffProcedure('content.edit')
		.input(kindedContentSchema)
		.output(draftRefSchema)
		.mutation(async ({ ctx, input }) => ({
			draftId: await createDraft(ctx.db, {
				...input,
				actorId: ctx.staff.id,
				roles: ctx.staff.roles
			})
		})),

	/** Saves a draft if nobody else saved since the editor started; never overwrites. */
	save: staffProcedure('content.edit')
		.input(saveDraftInputSchema)
		.output(savedSchema)
		.mutation(({ ctx, input }) =>
			saveDraft(ctx.db, { ...input, actorId: ctx.staff.id, roles: ctx.staff.roles })
		),

	/**
	 * A reviewer's rating in place of one outcome's computed rating, or its removal: a new
	 * revision of the draft like any save, so someone else must approve it.
	 */
	saveOverride: staffProcedure('ratings.override')
		.input(saveOverrideInputSchema)
		.output(savedSchema)
		.mutation(({ ctx, input }) => saveOverride(ctx.db, { ...input, actorId: ctx.staff.id })),

	/** Attaches the caller's uploaded report (`POST /files`) to a publication's draft, or removes it. */
	attachFile: staffProcedure('content.edit')
		.input(attachFileInputSchema)
		.output(savedSchema)
		.mutation(({ ctx, input }) => attachFile(ctx.db, { ...input, actorId: ctx.staff.id })),

	/**
	 * Attaches the caller's uploaded image (`POST /images`) to an article's draft with its
	 * description, or removes it.
	 */
	attachImage: staffProcedure('content.edit')
		.input(attachImageInputSchema)
		.output(savedSchema)
		.mutation(({ ctx, input }) => attachImage(ctx.db, { ...input, actorId: ctx.staff.id })),

	/**
	 * Shows a new intervention as coming soon: its name and summary go on the site, so only those
	 * who may publish may announce it.
	 */
	announce: staffProcedure('content.publish')
		.input(announceInputSchema)
		.output(z.object({}))
		.mutation(async ({ ctx, input }) => {
			await announceComingSoon(ctx.db, { ...input, actorId: ctx.staff.id, now: ctx.now() });
			await showPublished(ctx);
			return {};
		}),

	/** Stops showing a new intervention as coming soon. */
	unannounce: staffProcedure('content.publish')
		.input(draftRefSchema)
		.output(z.object({}))
		.mutation(async ({ ctx, input }) => {
			await unannounceComingSoon(ctx.db, { ...input, actorId: ctx.staff.id });
			await showPublished(ctx);
			return {};
		}),

	/** Submit, send back, publish, unpublish, withdraw or discard; the workflow checks who may. */
	transition: staffProcedure('content.read')
		.input(transitionInputSchema)
		.output(z.object({ state: draftStateSchema.nullable() }))
		.mutation(async ({ ctx, input }) => {
			const outcome = await transitionDraft(ctx.db, {
				...input,
				actor: { id: ctx.staff.id, roles: ctx.staff.roles },
				now: ctx.now()
			});
			// The version changed only if readers can see a change (publishing, or withdrawing a
			// draft shown as coming soon, say).
			await showPublished(ctx);
			return outcome;
		})
};
