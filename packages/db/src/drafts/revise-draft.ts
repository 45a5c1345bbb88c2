import {
	acceptEdit,
	oneOfKind,
	diffContent,
	DomainError,
	withOverride,
	type ContentKind,
	type ContentOf,
	type KindedContent,
	type RatingOverride,
	type StaffRole
} from '@whatworks/domain';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { drafts, files, revisions } from '../schema/index.js';
import { findImage } from '../queries/images.js';
import { auditDraft } from './audit-draft.js';

/** A saved revision: its id, which the next save names as its base, and its number. */
export interface SavedRevision {
	revisionId: number;
	number: number;
}

/**
 * Saves a new revision of a draft made from the revision the editor started from, in one
 * transaction — only while it is still the latest: of two saves from the same revision exactly one
 * wins, and the other is refused with the fields changed since, so nothing is overwritten. A
 * published item keeps its web address. Every save of every kind, whole or in part, comes here.
 */
export async function reviseDraft<K extends ContentKind>(
	db: Database,
	{
		draftId,
		baseRevisionId,
		actorId,
		kind,
		revise
	}: {
		draftId: number;
		baseRevisionId: number;
		actorId: number;
		kind: K;
		/** Makes the new content from the latest revision's, inside the save's transaction. */
		revise: (base: ContentOf<K>, tx: Database) => ContentOf<K> | Promise<ContentOf<K>>;
	}
): Promise<SavedRevision> {
	return db.transaction(async (tx) => {
		const [draft] = await tx.select().from(drafts).where(eq(drafts.id, draftId)).for('update');
		if (!draft || draft.kind !== kind) {
			throw new DomainError('NOT_FOUND', `There is no such draft of ${oneOfKind(kind)}.`);
		}
		if (draft.state !== 'draft') {
			throw new DomainError(
				'CONFLICT',
				`This draft is ${draft.state.replace('-', ' ')}: only a draft being written can change.`
			);
		}
		const [latest] = await tx
			.select({ id: revisions.id, number: revisions.number, content: revisions.content })
			.from(revisions)
			.where(eq(revisions.draftId, draftId))
			.orderBy(desc(revisions.number))
			.limit(1);
		if (!latest) throw new DomainError('NOT_FOUND', 'There is no such revision.');
		if (latest.id !== baseRevisionId) {
			// Only a stale save reads the revision it started from: to say what changed since.
			const [base] = await tx
				.select({ content: revisions.content })
				.from(revisions)
				.where(and(eq(revisions.draftId, draftId), eq(revisions.id, baseRevisionId)));
			if (!base) throw new DomainError('NOT_FOUND', 'There is no such revision.');
			const changed = diffContent(
				kind,
				base.content as ContentOf<K>,
				latest.content as ContentOf<K>
			);
			throw new DomainError(
				'CONFLICT',
				`Someone saved this draft after you opened it, so your changes were not saved. ` +
					`What they changed: ${changed.map((change) => change.label).join(', ') || 'nothing you can see'}.`
			);
		}
		const baseContent = latest.content as ContentOf<K>;
		const content = await revise(baseContent, tx);
		if (draft.targetSlug !== null && content.slug !== draft.targetSlug) {
			throw new DomainError('INVALID_INPUT', 'A published item keeps its web address.');
		}
		const [saved] = await tx
			.insert(revisions)
			.values({ draftId, number: latest.number + 1, content, savedBy: actorId })
			.returning({ revisionId: revisions.id, number: revisions.number });
		if (!saved) throw new Error('The revision could not be saved');
		await tx
			.update(drafts)
			.set({ lastEditorId: actorId, updatedAt: sql`now()` })
			.where(eq(drafts.id, draftId));
		await auditDraft(tx, {
			actorId,
			event: 'saved',
			draft,
			slug: content.slug,
			revisionId: saved.revisionId
		});
		return saved;
	});
}

/** Saves an editor's whole content, as the kind's rule accepts it (see `acceptEdit`). */
export function saveDraft(
	db: Database,
	input: KindedContent & {
		draftId: number;
		baseRevisionId: number;
		actorId: number;
		roles: readonly StaffRole[];
	}
): Promise<SavedRevision> {
	const { kind, content: next, roles } = input;
	return reviseDraft(db, {
		...input,
		kind,
		revise: (base: ContentOf) => acceptEdit(kind, { base, next, roles })
	});
}

/** A reviewer's rating in place of one outcome's computed rating, or its removal (null). */
export function saveOverride(
	db: Database,
	input: {
		draftId: number;
		baseRevisionId: number;
		actorId: number;
		outcomeKey: string;
		override: RatingOverride | null;
	}
): Promise<SavedRevision> {
	return reviseDraft(db, {
		...input,
		kind: 'intervention',
		revise: (base) => withOverride(base, input.outcomeKey, input.override)
	});
}

/**
 * Attaches a report to a publication's draft, or removes it (null): only a file the same person
 * uploaded, so nobody attaches someone else's unpublished report. The name and size come from
 * the stored file, not the caller.
 */
export function attachFile(
	db: Database,
	input: { draftId: number; baseRevisionId: number; actorId: number; fileId: number | null }
): Promise<SavedRevision> {
	return reviseDraft(db, {
		...input,
		kind: 'publication',
		revise: async (base, tx) => {
			if (input.fileId === null) return { ...base, file: null };
			const [stored] = await tx
				.select({
					id: files.id,
					name: files.name,
					bytes: files.bytes,
					uploadedBy: files.uploadedBy
				})
				.from(files)
				.where(eq(files.id, input.fileId));
			if (!stored || stored.uploadedBy !== input.actorId) {
				throw new DomainError(
					'NOT_FOUND',
					'There is no such upload of yours: upload the report again.'
				);
			}
			return { ...base, file: { id: stored.id, name: stored.name, bytes: stored.bytes } };
		}
	});
}

/**
 * Attaches an image, with its description, to an article's draft, or removes it (null): an image
 * the same person uploaded, as with reports, or the one attached already, described anew. The
 * size comes from the stored image.
 */
export function attachImage(
	db: Database,
	input: {
		draftId: number;
		baseRevisionId: number;
		actorId: number;
		image: { id: number; alt: string } | null;
	}
): Promise<SavedRevision> {
	const { image } = input;
	return reviseDraft(db, {
		...input,
		kind: 'article',
		revise: async (base, tx) => {
			if (image === null) return { ...base, image: null };
			const stored = await findImage(tx, image);
			const allowed = stored?.uploadedBy === input.actorId || base.image?.id === image.id;
			if (!stored || !allowed) {
				throw new DomainError(
					'NOT_FOUND',
					'There is no such upload of yours: upload the image again.'
				);
			}
			const { id, width, height } = stored;
			return { ...base, image: { id, width, height, alt: image.alt } };
		}
	});
}
