import type { InterventionContent } from '@whatworks/domain';
import { desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { editions, interventions, revisions } from '../schema/index.js';
import { recordAudit } from './audit.js';

/** What saving a draft did. */
export type SaveOutcome =
	| { saved: { id: number; number: number } }
	/** Someone saved since the editor started: nothing is written; here is what they saved. */
	| { conflict: { revisionId: number; savedBy: number; content: InterventionContent } }
	| { notDraft: true }
	| { notFound: true };

/**
 * Saves a new revision of a draft — only if the latest revision is still the one the editor
 * started from (optimistic locking). The edition row is locked for the check, so of two saves
 * from the same starting point exactly one wins and the other gets a conflict.
 */
export async function saveRevision(
	db: Database,
	input: {
		editionId: number;
		baseRevisionId: number;
		content: InterventionContent;
		actorId: number;
	}
): Promise<SaveOutcome> {
	return db.transaction(async (tx) => {
		const [edition] = await tx
			.select({ state: editions.state, slug: interventions.slug })
			.from(editions)
			.innerJoin(interventions, eq(interventions.id, editions.interventionId))
			.where(eq(editions.id, input.editionId))
			.for('update', { of: editions });
		if (!edition) return { notFound: true };
		if (edition.state !== 'draft') return { notDraft: true };
		const [latest] = await tx
			.select()
			.from(revisions)
			.where(eq(revisions.editionId, input.editionId))
			.orderBy(desc(revisions.number))
			.limit(1);
		if (!latest) throw new Error(`Edition ${input.editionId} has no revision`);
		if (latest.id !== input.baseRevisionId) {
			return {
				conflict: { revisionId: latest.id, savedBy: latest.savedBy, content: latest.content }
			};
		}
		const [saved] = await tx
			.insert(revisions)
			.values({
				editionId: input.editionId,
				number: latest.number + 1,
				content: input.content,
				savedBy: input.actorId
			})
			.returning({ id: revisions.id, number: revisions.number });
		if (!saved) throw new Error('The revision could not be saved');
		await tx
			.update(editions)
			.set({ lastEditorId: input.actorId, updatedAt: sql`now()` })
			.where(eq(editions.id, input.editionId));
		await recordAudit(tx, {
			actorId: input.actorId,
			action: 'revision.saved',
			subjectType: 'intervention',
			subjectId: edition.slug,
			revisionIds: [saved.id]
		});
		return { saved };
	});
}
