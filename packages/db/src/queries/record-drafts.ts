import {
	decideTransition,
	DomainError,
	type Actor,
	type ChangeNoteInput,
	type PublicationContent,
	type RecordDraft,
	type WorkflowAction
} from '@whatworks/domain';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../client.js';
import {
	interventions,
	publicationInterventions,
	publicationProjects,
	publications,
	recordDrafts,
	researchProjects,
	users
} from '../schema/index.js';
import { isUniqueViolation } from '../unique-violation.js';
import { findFileRef } from './files.js';
import { findPublicationBySlug } from './publications.js';

const author = alias(users, 'author');
const lastEditor = alias(users, 'last_editor');

const draftColumns = {
	id: recordDrafts.id,
	kind: recordDrafts.kind,
	targetSlug: recordDrafts.targetSlug,
	state: recordDrafts.state,
	content: recordDrafts.content,
	authorName: author.name,
	lastEditorName: lastEditor.name,
	updatedAt: recordDrafts.updatedAt
};

function selectDrafts(db: Database) {
	return db
		.select(draftColumns)
		.from(recordDrafts)
		.innerJoin(author, eq(author.id, recordDrafts.authorId))
		.innerJoin(lastEditor, eq(lastEditor.id, recordDrafts.lastEditorId));
}

function toDraft(row: Omit<RecordDraft, 'updatedAt'> & { updatedAt: Date }): RecordDraft {
	return { ...row, updatedAt: row.updatedAt.toISOString() };
}

/** One record draft, or null. */
export async function findRecordDraft(db: Database, id: number): Promise<RecordDraft | null> {
	const [row] = await selectDrafts(db).where(eq(recordDrafts.id, id));
	return row ? toDraft(row) : null;
}

/** The drafts in progress (draft or in review), most recently changed first. */
export async function listOpenRecordDrafts(db: Database): Promise<RecordDraft[]> {
	const rows = await selectDrafts(db)
		.where(inArray(recordDrafts.state, ['draft', 'in-review']))
		.orderBy(desc(recordDrafts.updatedAt));
	return rows.map(toDraft);
}

/**
 * The open draft of a live publication, started from what readers see now when there is none.
 * Two people opening it at the same moment share one draft.
 */
export async function startPublicationDraft(
	db: Database,
	{ slug, actorId }: { slug: string; actorId: number }
): Promise<number> {
	const open = await openDraftOf(db, slug);
	if (open !== null) return open;
	const live = await findPublicationBySlug(db, { slug });
	if (!live) throw new DomainError('NOT_FOUND', `No publication has the slug ${slug}.`);
	const { projects, interventions: informs, ...entry } = live;
	const content: PublicationContent = {
		slug: entry.slug,
		title: entry.title,
		type: entry.type,
		authors: entry.authors,
		publishedOn: entry.publishedOn,
		abstract: entry.abstract,
		themes: entry.themes,
		projectSlugs: projects.map((project) => project.slug),
		interventionSlugs: informs.map((intervention) => intervention.slug),
		file: entry.file
	};
	try {
		return await insertDraft(db, { targetSlug: slug, content, actorId });
	} catch (error) {
		const raced = isUniqueViolation(error) ? await openDraftOf(db, slug) : null;
		if (raced === null) throw error;
		return raced;
	}
}

/** A draft of a new publication; nothing is public until it is published. */
export function createPublicationDraft(
	db: Database,
	{ content, actorId }: { content: PublicationContent; actorId: number }
): Promise<number> {
	return insertDraft(db, { targetSlug: null, content, actorId });
}

/** Saves a draft's content; only a draft (not one in review) can change. */
export async function saveRecordDraft(
	db: Database,
	{ id, content, actorId }: { id: number; content: PublicationContent; actorId: number }
): Promise<void> {
	await db.transaction(async (tx) => {
		const [draft] = await tx
			.select()
			.from(recordDrafts)
			.where(eq(recordDrafts.id, id))
			.for('update');
		if (!draft) throw new DomainError('NOT_FOUND', 'There is no such draft.');
		if (draft.state !== 'draft') {
			throw new DomainError(
				'CONFLICT',
				`This is ${draft.state.replace('-', ' ')}: it cannot be edited.`
			);
		}
		await tx
			.update(recordDrafts)
			.set({
				content,
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
		if (publishing) await publishPublication(tx, draft.targetSlug, draft.content);
		await tx
			.update(recordDrafts)
			.set({
				state: decision.state,
				updatedAt: new Date(),
				...(publishing
					? {
							publishedAt: new Date(),
							changeNote: decision.publicChangeNote,
							targetSlug: draft.content.slug
						}
					: {})
			})
			.where(eq(recordDrafts.id, draft.id));
		return { state: decision.state };
	});
}

async function openDraftOf(db: Database, slug: string): Promise<number | null> {
	const [open] = await db
		.select({ id: recordDrafts.id })
		.from(recordDrafts)
		.where(
			and(
				eq(recordDrafts.kind, 'publication'),
				eq(recordDrafts.targetSlug, slug),
				inArray(recordDrafts.state, ['draft', 'in-review'])
			)
		);
	return open?.id ?? null;
}

async function insertDraft(
	db: Database,
	values: { targetSlug: string | null; content: PublicationContent; actorId: number }
): Promise<number> {
	const [row] = await db
		.insert(recordDrafts)
		.values({
			kind: 'publication',
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

/** Writes a publication to the live tables: the entry, then its links, by slug. */
async function publishPublication(
	tx: Database,
	targetSlug: string | null,
	content: PublicationContent
): Promise<void> {
	const projectIds = await idsBySlug(
		tx,
		researchProjects,
		content.projectSlugs,
		'research project'
	);
	const interventionIds = await idsBySlug(
		tx,
		interventions,
		content.interventionSlugs,
		'Evidence Store intervention'
	);
	const entry = {
		slug: content.slug,
		title: content.title,
		type: content.type,
		authors: content.authors,
		publishedOn: content.publishedOn,
		abstract: content.abstract,
		themes: content.themes,
		fileId: content.file?.id ?? null
	};
	if (content.file && !(await findFileRef(tx, content.file.id))) {
		throw new DomainError('INVALID_INPUT', 'The attached report is missing: attach it again.');
	}
	let publicationId: number;
	try {
		const [row] = targetSlug
			? await tx
					.update(publications)
					.set(entry)
					.where(eq(publications.slug, targetSlug))
					.returning({ id: publications.id })
			: await tx.insert(publications).values(entry).returning({ id: publications.id });
		if (!row) throw new DomainError('NOT_FOUND', `The publication ${targetSlug} no longer exists.`);
		publicationId = row.id;
	} catch (error) {
		if (!isUniqueViolation(error)) throw error;
		throw new DomainError(
			'CONFLICT',
			`Another publication already uses the address ${content.slug}: choose another.`
		);
	}
	await tx.delete(publicationProjects).where(eq(publicationProjects.publicationId, publicationId));
	await tx
		.delete(publicationInterventions)
		.where(eq(publicationInterventions.publicationId, publicationId));
	if (projectIds.length > 0) {
		await tx
			.insert(publicationProjects)
			.values(projectIds.map((projectId) => ({ publicationId, projectId })));
	}
	if (interventionIds.length > 0) {
		await tx
			.insert(publicationInterventions)
			.values(interventionIds.map((interventionId) => ({ publicationId, interventionId })));
	}
}

/** Ids for slugs, refusing (and naming) any slug nothing has. */
async function idsBySlug(
	tx: Database,
	table: typeof researchProjects | typeof interventions,
	slugs: readonly string[],
	what: string
): Promise<number[]> {
	if (slugs.length === 0) return [];
	const rows = await tx
		.select({ id: table.id, slug: table.slug })
		.from(table)
		.where(inArray(table.slug, [...slugs]))
		.orderBy(asc(table.slug));
	const missing = slugs.filter((slug) => !rows.some((row) => row.slug === slug));
	if (missing.length > 0) {
		throw new DomainError('INVALID_INPUT', `No ${what} has the slug ${missing.join(', ')}.`);
	}
	return rows.map((row) => row.id);
}
