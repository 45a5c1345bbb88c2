import {
	contentKindKeys,
	contentKinds,
	openDraftStates,
	type Draft,
	type DraftListInput,
	type DraftSummary,
	type KindedContent
} from '@whatworks/domain';
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../client.js';
import { draftComments, drafts, revisions, users } from '../schema/index.js';
import { toDraftSummary, toRevisionSummary } from './draft-rows.js';
import { storeOf } from './stores/index.js';

/** A condition holding for drafts still being written or reviewed. */
export const isOpenDraft = inArray(drafts.state, [...openDraftStates]);

const author = alias(users, 'author');
const lastEditor = alias(users, 'last_editor');

/**
 * A draft's title, from its latest revision: one step down the (draft, number) index per draft
 * listed, not a pass over every revision ever saved. Each kind names the field its title is in.
 */
const latestTitle = sql<string>`(
	select ${revisions.content} ->> (case ${drafts.kind} ${sql.join(
		contentKindKeys.map((kind) => sql`when ${kind} then ${contentKinds[kind].titleField}`),
		sql` `
	)} end)
	from ${revisions} where ${revisions.draftId} = ${drafts.id}
	order by ${revisions.number} desc limit 1
)`;

/**
 * Everyone who saved a revision of the draft, down the same index: the four-eyes rule keeps them
 * all from publishing it.
 */
const contributorIds = sql<number[]>`array(
	select distinct ${revisions.savedBy} from ${revisions} where ${revisions.draftId} = ${drafts.id}
)`;

/**
 * Drafts with their authors' names, latest title and contributors, for lists and pages to filter
 * and order.
 */
function selectDraftSummaries(db: Database) {
	return db
		.select({
			id: drafts.id,
			kind: drafts.kind,
			title: latestTitle,
			targetSlug: drafts.targetSlug,
			state: drafts.state,
			authorId: drafts.authorId,
			authorName: author.name,
			lastEditorId: drafts.lastEditorId,
			lastEditorName: lastEditor.name,
			updatedAt: drafts.updatedAt,
			publishedAt: drafts.publishedAt,
			contributorIds,
			comingSoonMonth: drafts.comingSoonMonth,
			comingSoonRevisionId: drafts.comingSoonRevisionId
		})
		.from(drafts)
		.innerJoin(author, eq(author.id, drafts.authorId))
		.innerJoin(lastEditor, eq(lastEditor.id, drafts.lastEditorId));
}

/** How many of the most recently published drafts lists show beside the open ones. */
const recentlyPublished = 20;

/**
 * Every open draft (being written or in review), however many, and the most recently published
 * ones, most recently changed first.
 */
export async function listDrafts(
	db: Database,
	{ kinds }: DraftListInput = {}
): Promise<DraftSummary[]> {
	const ofKinds = kinds ? inArray(drafts.kind, kinds) : undefined;
	const [open, published] = await Promise.all([
		selectDraftSummaries(db).where(and(ofKinds, isOpenDraft)),
		selectDraftSummaries(db)
			.where(and(ofKinds, isNotNull(drafts.publishedAt)))
			.orderBy(desc(drafts.publishedAt), desc(drafts.id))
			.limit(recentlyPublished)
	]);
	return [...open, ...published]
		.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || b.id - a.id)
		.map(toDraftSummary);
}

/** One draft with its latest content, the live content it would replace, history and comments. */
export async function findDraft(
	db: Database,
	{ draftId }: { draftId: number }
): Promise<Draft | null> {
	const [row] = await selectDraftSummaries(db).where(eq(drafts.id, draftId));
	if (!row) return null;
	const history = await db
		.select({
			id: revisions.id,
			number: revisions.number,
			savedBy: users.name,
			savedAt: revisions.savedAt
		})
		.from(revisions)
		.innerJoin(users, eq(users.id, revisions.savedBy))
		.where(eq(revisions.draftId, draftId))
		.orderBy(desc(revisions.number));
	const [latest] = history;
	if (!latest) throw new Error(`Draft ${draftId} has no revision`);
	const content = await findRevisionContent(db, { draftId, revisionId: latest.id });
	const comments = await db
		.select({ by: users.name, at: draftComments.at, text: draftComments.text })
		.from(draftComments)
		.innerJoin(users, eq(users.id, draftComments.authorId))
		.where(eq(draftComments.draftId, draftId))
		.orderBy(asc(draftComments.at), asc(draftComments.id));
	const live = row.targetSlug ? await storeOf(row.kind).live(db, { slug: row.targetSlug }) : null;
	// Content is stored with its kind and never apart from it.
	return {
		...toDraftSummary(row),
		latest: { ...toRevisionSummary(latest), content: content?.content },
		live,
		revisions: history.map(toRevisionSummary),
		comments: comments.map((comment) => ({ ...comment, at: comment.at.toISOString() }))
	} as Draft;
}

/** The content of one revision of a draft, with the draft's kind; null when there is none. */
export async function findRevisionContent(
	db: Database,
	{ draftId, revisionId }: { draftId: number; revisionId: number }
): Promise<KindedContent | null> {
	const [row] = await db
		.select({ kind: drafts.kind, content: revisions.content })
		.from(revisions)
		.innerJoin(drafts, eq(drafts.id, revisions.draftId))
		.where(and(eq(revisions.draftId, draftId), eq(revisions.id, revisionId)));
	return row ? ({ kind: row.kind, content: row.content } as KindedContent) : null;
}
