import {
	announceableMonths,
	isOpenDraftState,
	DomainError,
	type AnnounceInput,
	type ComingSoon,
	type InterventionContent
} from '@whatworks/domain';
import { and, asc, eq, isNotNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { drafts, interventions, revisions } from '../schema/index.js';
import { auditDraft } from './audit-draft.js';
import { isOpenDraft } from './read-drafts.js';

// A new intervention is shown as coming soon while its draft is open; publishing it, or
// withdrawing the draft, ends that without a word, since the lists read open drafts only.

/**
 * Shows a new intervention as coming soon, expected in a month: readers see the name, other
 * names, summary and topics of the revision named — not later saves, until it is announced
 * again — and no ratings. Audited. Only an open draft of an intervention never published may be
 * announced, for this month or one of the next 23, by someone who did not write it, at a web
 * address no other intervention has.
 */
export async function announceComingSoon(
	db: Database,
	input: AnnounceInput & { actorId: number; now: Date }
): Promise<void> {
	if (!announceableMonths(input.now).includes(input.expectedMonth)) {
		throw new DomainError(
			'INVALID_INPUT',
			'Choose this month or one of the next 23 for the review to be expected',
			{ field: 'expectedMonth' }
		);
	}
	await db.transaction(async (tx) => {
		const draft = await lockDraft(tx, input.draftId);
		if (draft.kind !== 'intervention' || draft.targetSlug !== null) {
			throw new DomainError(
				'CONFLICT',
				'Only a new intervention can be shown as coming soon: a published one has its page already.'
			);
		}
		const saved = await tx
			.select({ id: revisions.id, savedBy: revisions.savedBy, content: revisions.content })
			.from(revisions)
			.where(eq(revisions.draftId, draft.id));
		// Four eyes, as for publishing: what readers see is approved by someone who did not write it.
		if (draft.authorId === input.actorId || saved.some((r) => r.savedBy === input.actorId)) {
			throw new DomainError(
				'FORBIDDEN',
				'Someone who did not write or edit this intervention must show it as coming soon.'
			);
		}
		const revision = saved.find((r) => r.id === input.revisionId);
		if (!revision) throw new DomainError('NOT_FOUND', 'There is no such revision of this draft.');
		const { slug } = revision.content as InterventionContent;
		const [published] = await tx
			.select({ id: interventions.id })
			.from(interventions)
			.where(eq(interventions.slug, slug));
		// Drafts of new items may share an address until one is published: two cannot be shown.
		const [announced] = await selectComingSoon(tx, and(eq(slugOf, slug), ne(drafts.id, draft.id)));
		if (published || announced) {
			throw new DomainError(
				'CONFLICT',
				`Another intervention is at ${slug}: give this one another web address first.`
			);
		}
		await tx
			.update(drafts)
			.set({ comingSoonMonth: input.expectedMonth, comingSoonRevisionId: input.revisionId })
			.where(eq(drafts.id, draft.id));
		await auditDraft(tx, {
			actorId: input.actorId,
			event: 'announced',
			draft,
			slug,
			revisionId: input.revisionId,
			detail: { expectedMonth: input.expectedMonth }
		});
	});
}

/** Stops showing a new intervention as coming soon. Audited. */
export async function unannounceComingSoon(
	db: Database,
	input: { draftId: number; actorId: number }
): Promise<void> {
	await db.transaction(async (tx) => {
		const draft = await lockDraft(tx, input.draftId);
		if (draft.comingSoonRevisionId === null) {
			throw new DomainError('CONFLICT', 'This intervention is not shown as coming soon.');
		}
		await tx
			.update(drafts)
			.set({ comingSoonMonth: null, comingSoonRevisionId: null })
			.where(eq(drafts.id, draft.id));
		const [revision] = await tx
			.select({ content: revisions.content })
			.from(revisions)
			.where(eq(revisions.id, draft.comingSoonRevisionId));
		await auditDraft(tx, {
			actorId: input.actorId,
			event: 'unannounced',
			draft,
			slug: (revision?.content as InterventionContent | undefined)?.slug ?? '',
			revisionId: draft.comingSoonRevisionId
		});
	});
}

/** The interventions coming soon, the soonest expected first. */
export async function listComingSoon(db: Database): Promise<ComingSoon[]> {
	return selectComingSoon(db);
}

/** One intervention coming soon by its web address, or null. */
export async function findComingSoon(
	db: Database,
	{ slug }: { slug: string }
): Promise<ComingSoon | null> {
	const [found] = await selectComingSoon(db, eq(slugOf, slug));
	return found ?? null;
}

const slugOf = sql<string>`${revisions.content}->>'slug'`;

async function selectComingSoon(db: Database, where?: SQL): Promise<ComingSoon[]> {
	const rows = await db
		.select({ expectedMonth: drafts.comingSoonMonth, content: revisions.content })
		.from(drafts)
		.innerJoin(revisions, eq(revisions.id, drafts.comingSoonRevisionId))
		.where(and(isOpenDraft, isNotNull(drafts.comingSoonMonth), where))
		.orderBy(asc(drafts.comingSoonMonth), asc(sql`${revisions.content}->>'name'`));
	return rows.map(({ expectedMonth, content }) => {
		const intervention = content as InterventionContent;
		return {
			slug: intervention.slug,
			name: intervention.name,
			// Revisions saved before other names existed have none.
			alsoKnownAs: intervention.alsoKnownAs ?? [],
			summary: intervention.summary,
			topics: intervention.topics,
			expectedMonth: expectedMonth as string
		};
	});
}

async function lockDraft(tx: Database, draftId: number) {
	const [draft] = await tx.select().from(drafts).where(eq(drafts.id, draftId)).for('update');
	if (!draft) throw new DomainError('NOT_FOUND', 'There is no such draft.');
	if (!isOpenDraftState(draft.state)) {
		throw new DomainError('CONFLICT', 'Only an open draft can be shown as coming soon.');
	}
	return draft;
}
