import {
	acceptEdit,
	contentKinds,
	DomainError,
	type ContentKind,
	type ContentOf,
	type KindedContent,
	type StaffRole
} from '@whatworks/domain';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../client.js';
import { drafts, revisions } from '../schema/index.js';
import { isUniqueViolation } from '../unique-violation.js';
import { auditDraft } from './audit-draft.js';
import { storeOf } from './stores/index.js';
import { isOpenDraft } from './read-drafts.js';

/** The id of the open draft (being written or in review) of a live item, if it has one. */
async function findOpenDraft(
	db: Database,
	{ kind, slug }: { kind: ContentKind; slug: string }
): Promise<number | null> {
	const [open] = await db
		.select({ id: drafts.id })
		.from(drafts)
		.where(and(eq(drafts.kind, kind), eq(drafts.targetSlug, slug), isOpenDraft));
	return open?.id ?? null;
}

/** A new draft with its first revision and its audit entry, in one transaction. */
function insertDraft(
	db: Database,
	input: { kind: ContentKind; targetSlug: string | null; content: ContentOf; actorId: number }
): Promise<number> {
	return db.transaction(async (tx) => {
		const [draft] = await tx
			.insert(drafts)
			.values({
				kind: input.kind,
				targetSlug: input.targetSlug,
				state: 'draft',
				authorId: input.actorId,
				lastEditorId: input.actorId
			})
			.returning({ id: drafts.id });
		if (!draft) throw new Error('The draft could not be started');
		const [revision] = await tx
			.insert(revisions)
			.values({ draftId: draft.id, number: 1, content: input.content, savedBy: input.actorId })
			.returning({ id: revisions.id });
		if (!revision) throw new Error('The first revision could not be saved');
		await auditDraft(tx, {
			actorId: input.actorId,
			event: 'started',
			draft: { id: draft.id, kind: input.kind },
			slug: input.content.slug,
			revisionId: revision.id
		});
		return draft.id;
	});
}

/**
 * The open draft of a live item, or a new one starting from what readers see now (or saw last,
 * for an unpublished item). Two people opening it at the same moment share one draft.
 */
export async function startDraft(
	db: Database,
	{ kind, slug, actorId }: { kind: ContentKind; slug: string; actorId: number }
): Promise<number> {
	const open = await findOpenDraft(db, { kind, slug });
	if (open !== null) return open;
	const live = await storeOf(kind).live(db, { slug });
	if (!live) {
		throw new DomainError(
			'NOT_FOUND',
			`No ${contentKinds[kind].label} has the web address ${slug}.`
		);
	}
	try {
		return await insertDraft(db, { kind, targetSlug: slug, content: live, actorId });
	} catch (error) {
		const raced = isUniqueViolation(error) ? await findOpenDraft(db, { kind, slug }) : null;
		if (raced === null) throw error;
		return raced;
	}
}

/**
 * A draft of a new item, which readers see only once it is published. Its web address must be
 * free now; publishing checks again.
 */
export async function createDraft(
	db: Database,
	input: KindedContent & { actorId: number; roles: readonly StaffRole[] }
): Promise<number> {
	const { kind, actorId } = input;
	const content = acceptEdit(kind, { base: null, next: input.content, roles: input.roles });
	if (await storeOf(kind).live(db, { slug: content.slug })) {
		throw new DomainError(
			'CONFLICT',
			`Another ${contentKinds[kind].label} already has the web address ${content.slug}: choose another.`
		);
	}
	return insertDraft(db, { kind, targetSlug: null, content, actorId });
}
