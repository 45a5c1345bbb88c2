import {
	decideTransition,
	diffContent,
	DomainError,
	type Actor,
	type ChangeNoteInput,
	type WorkflowAction
} from '@whatworks/domain';
import { and, desc, eq, ne } from 'drizzle-orm';
import type { Database } from '../client.js';
import {
	editionComments,
	editions,
	interventions,
	interventionTopics,
	revisions
} from '../schema/index.js';
import { recordAudit } from './audit.js';
import { wasEverPublished } from './editions.js';
import { findStudyData, publishStudyData } from './study-data.js';

/**
 * Moves an edition through the workflow, as the domain's rules decide, in one transaction with
 * its audit entry. Publishing writes the latest revision to the live intervention and retires
 * the edition it replaces. Refusals are DomainErrors with a sentence.
 */
export async function applyTransition(
	db: Database,
	input: {
		editionId: number;
		action: WorkflowAction;
		actor: Actor;
		note?: ChangeNoteInput | undefined;
		comment?: string | undefined;
		/** For publishing: the revision the reviewer saw, which must still be the latest. */
		revisionId?: number | undefined;
		now: Date;
	}
): Promise<{ state: string | null }> {
	return db.transaction(async (tx) => {
		const [edition] = await tx
			.select()
			.from(editions)
			.where(eq(editions.id, input.editionId))
			.for('update');
		if (!edition) throw new DomainError('NOT_FOUND', 'There is no such edition.');
		// Newest first: who saved what, without the contents.
		const saved = await tx
			.select({ id: revisions.id, savedBy: revisions.savedBy })
			.from(revisions)
			.where(eq(revisions.editionId, edition.id))
			.orderBy(desc(revisions.number));
		const [latest] = saved;
		if (!latest) throw new Error(`Edition ${edition.id} has no revision`);
		const everPublished = await wasEverPublished(tx, edition.interventionId);
		const decision = decideTransition({
			edition: {
				...edition,
				everPublished,
				contributorIds: saved.map((r) => r.savedBy)
			},
			action: input.action,
			actor: input.actor,
			...(input.note ? { note: input.note } : {})
		});
		if (decision.state === 'published' && input.revisionId !== latest.id) {
			throw new DomainError(
				'CONFLICT',
				'This draft changed after you opened it. Review the latest version before publishing.'
			);
		}

		if (decision.state === null) {
			await tx.delete(editions).where(eq(editions.id, edition.id));
			// A new intervention whose only draft is discarded was never anything: it goes too,
			// freeing its slug (its rows cascade).
			if (!everPublished) {
				await tx.delete(interventions).where(eq(interventions.id, edition.interventionId));
			}
		} else {
			await tx
				.update(editions)
				.set({
					state: decision.state,
					updatedAt: input.now,
					...(decision.state === 'published'
						? { publishedAt: input.now, changeNote: decision.publicChangeNote }
						: {})
				})
				.where(eq(editions.id, edition.id));
		}
		if (input.comment) {
			await tx
				.insert(editionComments)
				.values({ editionId: edition.id, authorId: input.actor.id, text: input.comment });
		}
		if (decision.state === 'unpublished') {
			await tx
				.update(interventions)
				.set({ live: false })
				.where(eq(interventions.id, edition.interventionId));
		}
		if (decision.state === 'published') {
			const [{ content } = { content: null }] = await tx
				.select({ content: revisions.content })
				.from(revisions)
				.where(eq(revisions.id, latest.id));
			if (!content) throw new Error(`Revision ${latest.id} has no content`);
			const today = input.now.toISOString().slice(0, 10);
			const live = await findStudyData(tx, edition.interventionId);
			const evidenceChanged = diffContent({ ...content, ...live }, content).length > 0;
			await tx
				.update(interventions)
				.set({
					name: content.name,
					summary: content.summary,
					description: content.description,
					ageMin: content.ageRange?.min ?? null,
					ageMax: content.ageRange?.max ?? null,
					costBand: content.costBand,
					emmie: content.emmie,
					sourceReview: content.sourceReview,
					pageUpdated: today,
					...(evidenceChanged ? { evidenceLastReviewed: today } : {}),
					live: true
				})
				.where(eq(interventions.id, edition.interventionId));
			await tx
				.delete(interventionTopics)
				.where(eq(interventionTopics.interventionId, edition.interventionId));
			if (content.topics.length > 0) {
				await tx
					.insert(interventionTopics)
					.values(
						content.topics.map((topic) => ({ interventionId: edition.interventionId, topic }))
					);
			}
			await publishStudyData(tx, edition.interventionId, content);
			await tx
				.update(editions)
				.set({ state: 'superseded' })
				.where(
					and(
						eq(editions.interventionId, edition.interventionId),
						eq(editions.state, 'published'),
						ne(editions.id, edition.id)
					)
				);
		}
		await recordAudit(tx, {
			actorId: input.actor.id,
			action: `edition.${input.action}`,
			subjectType: 'edition',
			subjectId: String(edition.id),
			revisionIds: [latest.id],
			detail: decision.publicChangeNote ? { changeNote: decision.publicChangeNote } : {}
		});
		return { state: decision.state };
	});
}
