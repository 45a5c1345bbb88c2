import {
	contentKinds,
	decideTransition,
	DomainError,
	type Actor,
	type ChangeNoteInput,
	type DraftState,
	type WorkflowAction
} from '@whatworks/domain';
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { draftComments, drafts, revisions } from '../schema/index.js';
import { auditDraft } from './audit-draft.js';
import { storeOf } from './stores/index.js';

/**
 * Moves a draft through the workflow as the domain's rules decide, in one transaction with its
 * audit entry. Publishing writes the approved revision to the live tables (the kind's store) and
 * supersedes the item's previously published draft; unpublishing takes the item off the site;
 * discarding deletes a withdrawn draft. Refusals are DomainErrors with a sentence.
 */
export async function transitionDraft(
	db: Database,
	input: {
		draftId: number;
		action: WorkflowAction;
		actor: Actor;
		note?: ChangeNoteInput | undefined;
		comment?: string | undefined;
		/** For publishing: the revision the reviewer approved, which must still be the latest. */
		revisionId?: number | undefined;
		now: Date;
	}
): Promise<{ state: DraftState | null }> {
	return db.transaction(async (tx) => {
		const [draft] = await tx
			.select()
			.from(drafts)
			.where(eq(drafts.id, input.draftId))
			.for('update');
		if (!draft) throw new DomainError('NOT_FOUND', 'There is no such draft.');
		// Newest first: who saved what, without the contents.
		const saved = await tx
			.select({ id: revisions.id, savedBy: revisions.savedBy })
			.from(revisions)
			.where(eq(revisions.draftId, draft.id))
			.orderBy(desc(revisions.number));
		const [latest] = saved;
		if (!latest) throw new Error(`Draft ${draft.id} has no revision`);
		const decision = decideTransition({
			draft: {
				...draft,
				everPublished: draft.targetSlug !== null,
				contributorIds: saved.map((revision) => revision.savedBy),
				latestRevisionId: latest.id,
				unpublishable: contentKinds[draft.kind].unpublishable
			},
			action: input.action,
			actor: input.actor,
			note: input.note,
			revisionId: input.revisionId
		});
		// Only publishing reads the content; a new item's other moves need just its address.
		const content = decision.state === 'published' ? await contentOf(tx, latest.id) : null;
		const slug = draft.targetSlug ?? content?.slug ?? (await slugOf(tx, latest.id));
		const store = storeOf(draft.kind);

		if (content) {
			await store.publish(tx, {
				targetSlug: draft.targetSlug,
				content,
				now: input.now,
				changeNote: decision.publicChangeNote
			});
			await tx
				.update(drafts)
				.set({ state: 'superseded' })
				.where(
					and(
						eq(drafts.kind, draft.kind),
						eq(drafts.targetSlug, slug),
						eq(drafts.state, 'published'),
						ne(drafts.id, draft.id)
					)
				);
		}
		if (decision.state === 'unpublished') await store.unpublish?.(tx, { slug });
		if (decision.state === null) {
			await tx.delete(drafts).where(eq(drafts.id, draft.id));
		} else {
			await tx
				.update(drafts)
				.set({
					state: decision.state,
					updatedAt: input.now,
					...(decision.state === 'published'
						? { publishedAt: input.now, changeNote: decision.publicChangeNote, targetSlug: slug }
						: {})
				})
				.where(eq(drafts.id, draft.id));
		}
		if (input.comment && decision.state !== null) {
			await tx
				.insert(draftComments)
				.values({ draftId: draft.id, authorId: input.actor.id, text: input.comment });
		}
		await auditDraft(tx, {
			actorId: input.actor.id,
			event: input.action,
			draft,
			slug,
			revisionId: latest.id,
			detail: decision.publicChangeNote ? { changeNote: decision.publicChangeNote } : {}
		});
		return { state: decision.state };
	});
}

/** A revision's content. */
async function contentOf(tx: Database, revisionId: number) {
	const [row] = await tx
		.select({ content: revisions.content })
		.from(revisions)
		.where(eq(revisions.id, revisionId));
	if (!row) throw new Error(`Revision ${revisionId} is missing`);
	return row.content;
}

/** The web address in a revision's content, without reading the rest of it. */
async function slugOf(tx: Database, revisionId: number): Promise<string> {
	const [row] = await tx
		.select({ slug: sql<string>`${revisions.content} ->> 'slug'` })
		.from(revisions)
		.where(eq(revisions.id, revisionId));
	if (!row) throw new Error(`Revision ${revisionId} is missing`);
	return row.slug;
}
