import {
	decideTransition,
	DomainError,
	type Actor,
	type ChangeNoteInput,
	type KindedContent,
	type PublicationContent,
	type RecordDraft,
	type RecordContent,
	type RecordKind,
	type WorkflowAction
} from '@whatworks/domain';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../client.js';
import { files, recordDrafts, users } from '../schema/index.js';
import { isUniqueViolation } from '../unique-violation.js';
import { livePartner, publishPartner } from './record-kinds/partner.js';
import { liveProgramme, publishProgramme } from './record-kinds/programme.js';
import { liveProject, publishProject } from './record-kinds/project.js';
import { livePublication, publishPublication } from './record-kinds/publication.js';

const author = alias(users, 'author');
const lastEditor = alias(users, 'last_editor');
const openStates = ['draft', 'in-review'] as const;

function selectDrafts(db: Database) {
	return db
		.select({
			id: recordDrafts.id,
			kind: recordDrafts.kind,
			targetSlug: recordDrafts.targetSlug,
			state: recordDrafts.state,
			content: recordDrafts.content,
			authorName: author.name,
			lastEditorName: lastEditor.name,
			updatedAt: recordDrafts.updatedAt
		})
		.from(recordDrafts)
		.innerJoin(author, eq(author.id, recordDrafts.authorId))
		.innerJoin(lastEditor, eq(lastEditor.id, recordDrafts.lastEditorId));
}

type DraftRow = Awaited<ReturnType<ReturnType<typeof selectDrafts>['execute']>>[number];

function toDraft(row: DraftRow): RecordDraft {
	// A draft's content is written with its kind and never apart from it.
	return { ...row, updatedAt: row.updatedAt.toISOString() } as RecordDraft;
}

/** One record draft, or null. */
export async function findRecordDraft(db: Database, id: number): Promise<RecordDraft | null> {
	const [row] = await selectDrafts(db).where(eq(recordDrafts.id, id));
	return row ? toDraft(row) : null;
}

/** The drafts in progress (draft or in review), most recently changed first. */
export async function listOpenRecordDrafts(db: Database): Promise<RecordDraft[]> {
	const rows = await selectDrafts(db)
		.where(inArray(recordDrafts.state, [...openStates]))
		.orderBy(desc(recordDrafts.updatedAt));
	return rows.map(toDraft);
}

/**
 * The open draft of a live record, started from what readers see now when there is none. Two
 * people opening it at the same moment share one draft.
 */
export async function startRecordDraft(
	db: Database,
	{ kind, slug, actorId }: { kind: RecordKind; slug: string; actorId: number }
): Promise<number> {
	const open = await openDraftOf(db, kind, slug);
	if (open !== null) return open;
	const live = await liveRecord(db, kind, slug);
	if (!live) throw new DomainError('NOT_FOUND', `No ${kind} has the slug ${slug}.`);
	try {
		return await insertDraft(db, { ...live, targetSlug: slug, actorId });
	} catch (error) {
		const raced = isUniqueViolation(error) ? await openDraftOf(db, kind, slug) : null;
		if (raced === null) throw error;
		return raced;
	}
}

/** A draft of a new record; nothing is public until it is published. */
export function createRecordDraft(
	db: Database,
	{ actorId, ...record }: KindedContent & { actorId: number }
): Promise<number> {
	// A report is attached afterwards with attachRecordFile, which checks whose upload it is.
	const content: KindedContent =
		record.kind === 'publication'
			? { ...record, content: { ...record.content, file: null } }
			: record;
	return insertDraft(db, { ...content, targetSlug: null, actorId });
}

/** Saves a draft's content; only a draft (not one in review) can change. */
export async function saveRecordDraft(
	db: Database,
	{ id, actorId, ...record }: KindedContent & { id: number; actorId: number }
): Promise<void> {
	await editDraft(db, { id, kind: record.kind, actorId }, (_tx, draft) => {
		// Readers' links must keep working: a published record keeps its address.
		if (draft.targetSlug !== null && record.content.slug !== draft.targetSlug) {
			throw new DomainError('INVALID_INPUT', 'A published record keeps its web address.');
		}
		// The report is attached with attachRecordFile, which checks it; a save keeps it.
		return record.kind === 'publication'
			? { ...record.content, file: (draft.content as PublicationContent).file }
			: record.content;
	});
}

/**
 * Attaches a report to a publication draft, or removes it (null): only a draft, and only a file the
 * same person uploaded, so nobody attaches someone else's unpublished report. The name and size
 * come from the stored file, not the caller.
 */
export async function attachRecordFile(
	db: Database,
	{ id, fileId, actorId }: { id: number; fileId: number | null; actorId: number }
): Promise<void> {
	await editDraft(db, { id, kind: 'publication', actorId }, async (tx, draft) => {
		let file = null;
		if (fileId !== null) {
			const [stored] = await tx
				.select({
					id: files.id,
					name: files.name,
					bytes: files.bytes,
					uploadedBy: files.uploadedBy
				})
				.from(files)
				.where(eq(files.id, fileId));
			if (!stored || stored.uploadedBy !== actorId) {
				throw new DomainError(
					'NOT_FOUND',
					'There is no such upload of yours: upload the report again.'
				);
			}
			file = { id: stored.id, name: stored.name, bytes: stored.bytes };
		}
		return { ...(draft.content as PublicationContent), file };
	});
}

/**
 * Changes a draft of the kind in one transaction: locks it, refuses anything but a draft still
 * being written, stores the content `edit` makes of it and notes the editor.
 */
async function editDraft(
	db: Database,
	{ id, kind, actorId }: { id: number; kind: RecordKind; actorId: number },
	edit: (
		tx: Database,
		draft: typeof recordDrafts.$inferSelect
	) => RecordContent | Promise<RecordContent>
): Promise<void> {
	await db.transaction(async (tx) => {
		const [draft] = await tx
			.select()
			.from(recordDrafts)
			.where(eq(recordDrafts.id, id))
			.for('update');
		if (!draft || draft.kind !== kind) {
			throw new DomainError('NOT_FOUND', `There is no such ${kind} draft.`);
		}
		if (draft.state !== 'draft') {
			throw new DomainError(
				'CONFLICT',
				`This is ${draft.state.replace('-', ' ')}: it cannot be edited.`
			);
		}
		await tx
			.update(recordDrafts)
			.set({
				content: await edit(tx, draft),
				lastEditorId: actorId,
				contributorIds: [...new Set([...draft.contributorIds, actorId])],
				updatedAt: new Date()
			})
			.where(eq(recordDrafts.id, id));
	});
}

/**
 * Moves a draft through the workflow (the same rules as interventions: someone else publishes,
 * with a change note unless minor). Publishing writes the record to the live tables; a withdrawn
 * draft can be discarded.
 */
export async function transitionRecordDraft(
	db: Database,
	input: { id: number; action: WorkflowAction; actor: Actor; note?: ChangeNoteInput | undefined }
): Promise<{ state: string | null }> {
	return db.transaction(async (tx) => {
		const [draft] = await tx
			.select()
			.from(recordDrafts)
			.where(eq(recordDrafts.id, input.id))
			.for('update');
		if (!draft) throw new DomainError('NOT_FOUND', 'There is no such draft.');
		if (input.action === 'unpublish') {
			throw new DomainError(
				'CONFLICT',
				'A published record is changed by a new draft, not unpublished.'
			);
		}
		const decision = decideTransition({
			edition: { ...draft, everPublished: draft.targetSlug !== null },
			action: input.action,
			actor: input.actor,
			...(input.note ? { note: input.note } : {})
		});
		if (decision.state === null) {
			await tx.delete(recordDrafts).where(eq(recordDrafts.id, draft.id));
			return { state: null };
		}
		const publishing = decision.state === 'published';
		const record = { kind: draft.kind, content: draft.content } as KindedContent;
		if (publishing) await publishRecord(tx, draft.targetSlug, record);
		await tx
			.update(recordDrafts)
			.set({
				state: decision.state,
				updatedAt: new Date(),
				...(publishing
					? {
							publishedAt: new Date(),
							changeNote: decision.publicChangeNote,
							targetSlug: record.content.slug
						}
					: {})
			})
			.where(eq(recordDrafts.id, draft.id));
		return { state: decision.state };
	});
}

async function liveRecord(
	db: Database,
	kind: RecordKind,
	slug: string
): Promise<KindedContent | null> {
	switch (kind) {
		case 'publication': {
			const content = await livePublication(db, slug);
			return content && { kind, content };
		}
		case 'project': {
			const content = await liveProject(db, slug);
			return content && { kind, content };
		}
		case 'programme': {
			const content = await liveProgramme(db, slug);
			return content && { kind, content };
		}
		case 'partner': {
			const content = await livePartner(db, slug);
			return content && { kind, content };
		}
	}
}

function publishRecord(tx: Database, targetSlug: string | null, record: KindedContent) {
	switch (record.kind) {
		case 'publication':
			return publishPublication(tx, targetSlug, record.content);
		case 'project':
			return publishProject(tx, targetSlug, record.content);
		case 'programme':
			return publishProgramme(tx, targetSlug, record.content);
		case 'partner':
			return publishPartner(tx, targetSlug, record.content);
	}
}

async function openDraftOf(db: Database, kind: RecordKind, slug: string): Promise<number | null> {
	const [open] = await db
		.select({ id: recordDrafts.id })
		.from(recordDrafts)
		.where(
			and(
				eq(recordDrafts.kind, kind),
				eq(recordDrafts.targetSlug, slug),
				inArray(recordDrafts.state, [...openStates])
			)
		);
	return open?.id ?? null;
}

async function insertDraft(
	db: Database,
	values: KindedContent & { targetSlug: string | null; actorId: number }
): Promise<number> {
	const [row] = await db
		.insert(recordDrafts)
		.values({
			kind: values.kind,
			targetSlug: values.targetSlug,
			state: 'draft',
			content: values.content,
			authorId: values.actorId,
			lastEditorId: values.actorId,
			contributorIds: [values.actorId]
		})
		.returning({ id: recordDrafts.id });
	if (!row) throw new Error('Could not start a draft');
	return row.id;
}
