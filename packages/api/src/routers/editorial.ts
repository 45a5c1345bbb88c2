import {
	applyTransition,
	createIntervention,
	findEdition,
	findRevisionContent,
	listEditions,
	saveRevision,
	startEdition,
	type Database
} from '@whatworks/db';
import {
	createInterventionInputSchema,
	DomainError,
	diffContent,
	hasPermission,
	editionSchema,
	editionSummarySchema,
	interventionContentSchema,
	saveDraftInputSchema,
	saveOverrideInputSchema,
	overridesDiffer,
	slugSchema,
	transitionInputSchema,
	type SaveDraftInput
} from '@whatworks/domain';
import { z } from 'zod';
import { staffProcedure } from '../trpc.js';

const editionIdInput = z.object({ editionId: z.int() });

const savedSchema = z.object({ revisionId: z.int(), number: z.int() });

/** Saves a new revision, refusing with a sentence when the draft moved on or is not one. */
async function saveDraft(
	ctx: { db: Database; staff: { id: number } },
	input: SaveDraftInput
): Promise<z.infer<typeof savedSchema>> {
	const outcome = await saveRevision(ctx.db, { ...input, actorId: ctx.staff.id });
	if ('notFound' in outcome) throw new DomainError('NOT_FOUND', 'There is no such edition.');
	if ('notDraft' in outcome) {
		throw new DomainError('CONFLICT', 'Only a draft can be changed: this edition is not one now.');
	}
	if ('conflict' in outcome) {
		const changed = diffContent(input.content, outcome.conflict.content).map((c) => c.field);
		throw new DomainError(
			'CONFLICT',
			`Someone saved this draft after you opened it, so your changes were not saved. Fields they changed compared with yours: ${changed.join(', ') || 'none'}.`
		);
	}
	return { revisionId: outcome.saved.id, number: outcome.saved.number };
}

/**
 * Drafting, reviewing and publishing changes to interventions. Which workflow moves a caller
 * may make is decided per move by the domain's rules (`decideTransition`); every procedure
 * here also declares the least permission it needs.
 */
export const editorialRouter = {
	list: staffProcedure('content.read')
		.output(z.array(editionSummarySchema))
		.query(({ ctx }) => listEditions(ctx.db)),

	get: staffProcedure('content.read')
		.input(editionIdInput)
		.output(editionSchema)
		.query(async ({ ctx, input }) => {
			const edition = await findEdition(ctx.db, input.editionId);
			if (!edition) throw new DomainError('NOT_FOUND', 'There is no such edition.');
			return edition;
		}),

	/** One revision's content, e.g. to compare two or to restore an old one. */
	revision: staffProcedure('content.read')
		.input(editionIdInput.extend({ revisionId: z.int() }))
		.output(interventionContentSchema)
		.query(async ({ ctx, input }) => {
			const content = await findRevisionContent(ctx.db, input);
			if (!content) throw new DomainError('NOT_FOUND', 'There is no such revision.');
			return content;
		}),

	/** The open edition of an intervention, or a new draft of it. */
	start: staffProcedure('content.edit')
		.input(z.object({ slug: slugSchema }))
		.output(z.object({ editionId: z.int() }))
		.mutation(async ({ ctx, input }) => {
			const editionId = await startEdition(ctx.db, { slug: input.slug, actorId: ctx.staff.id });
			if (editionId === null) {
				throw new DomainError('NOT_FOUND', `There is no intervention at "${input.slug}".`);
			}
			return { editionId };
		}),

	/** A new intervention, unseen by readers until its first draft is published. */
	create: staffProcedure('content.edit')
		.input(createInterventionInputSchema)
		.output(z.object({ editionId: z.int() }))
		.mutation(async ({ ctx, input }) => ({
			editionId: await createIntervention(ctx.db, {
				...input,
				actorId: ctx.staff.id,
				now: ctx.now()
			})
		})),

	/**
	 * Saves a draft if nobody else saved since the editor started; never overwrites. Changing a
	 * rating override also needs the permission to override ratings.
	 */
	save: staffProcedure('content.edit')
		.input(saveDraftInputSchema)
		.output(savedSchema)
		.mutation(async ({ ctx, input }) => {
			if (!hasPermission(ctx.staff.roles, 'ratings.override')) {
				const base = await findRevisionContent(ctx.db, {
					editionId: input.editionId,
					revisionId: input.baseRevisionId
				});
				if (base && overridesDiffer(base, input.content)) {
					throw new DomainError(
						'FORBIDDEN',
						'Only a reviewer may add, change or remove a rating override.'
					);
				}
			}
			return saveDraft(ctx, input);
		}),

	/**
	 * A reviewer's rating in place of one outcome's computed rating, or its removal: a new
	 * revision of the draft like any save, so someone else must approve it.
	 */
	saveOverride: staffProcedure('ratings.override')
		.input(saveOverrideInputSchema)
		.output(savedSchema)
		.mutation(async ({ ctx, input }) => {
			const base = await findRevisionContent(ctx.db, {
				editionId: input.editionId,
				revisionId: input.baseRevisionId
			});
			if (!base?.outcomes.some((o) => o.key === input.outcomeKey)) {
				throw new DomainError('NOT_FOUND', 'There is no such outcome in this draft.');
			}
			const outcomes = base.outcomes.map((o) =>
				o.key === input.outcomeKey ? { ...o, override: input.override } : o
			);
			return saveDraft(ctx, { ...input, content: { ...base, outcomes } });
		}),

	transition: staffProcedure('content.read')
		.input(transitionInputSchema)
		.output(z.object({ state: z.string().nullable() }))
		.mutation(async ({ ctx, input }) => {
			const outcome = await applyTransition(ctx.db, {
				...input,
				actor: { id: ctx.staff.id, roles: ctx.staff.roles },
				now: ctx.now()
			});
			// Readers see a publication at once, not when the cache would have expired.
			if (outcome.state === 'published' || input.action === 'unpublish') ctx.cache?.clear();
			return outcome;
		})
};
