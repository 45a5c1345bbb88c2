import {
	contentKindKeys,
	contentKinds,
	type DraftSummary,
	type RevisionSummary
} from '@whatworks/domain';
import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../client.js';
import { drafts, revisions, users } from '../schema/index.js';

const author = alias(users, 'author');
const lastEditor = alias(users, 'last_editor');

/** The latest revision of each draft, with what lists need of its content: the title. */
const latestRevisions = (db: Database) =>
	db
		.selectDistinctOn([revisions.draftId], {
			draftId: revisions.draftId,
			// Each kind names the field its title is in (the domain's registration).
			title: sql<string>`${revisions.content} ->> (case ${drafts.kind} ${sql.join(
				contentKindKeys.map((kind) => sql`when ${kind} then ${contentKinds[kind].titleField}`),
				sql` `
			)} end)`.as('title')
		})
		.from(revisions)
		.innerJoin(drafts, eq(drafts.id, revisions.draftId))
		.orderBy(revisions.draftId, sql`${revisions.number} desc`)
		.as('latest');

/** Drafts with their authors' names and latest title, for lists and pages to filter and order. */
export function selectDraftSummaries(db: Database) {
	const latest = latestRevisions(db);
	return db
		.select({
			id: drafts.id,
			kind: drafts.kind,
			title: latest.title,
			targetSlug: drafts.targetSlug,
			state: drafts.state,
			authorId: drafts.authorId,
			authorName: author.name,
			lastEditorId: drafts.lastEditorId,
			lastEditorName: lastEditor.name,
			updatedAt: drafts.updatedAt,
			publishedAt: drafts.publishedAt
		})
		.from(drafts)
		.innerJoin(latest, eq(latest.draftId, drafts.id))
		.innerJoin(author, eq(author.id, drafts.authorId))
		.innerJoin(lastEditor, eq(lastEditor.id, drafts.lastEditorId));
}

type DraftSummaryRow = Awaited<
	ReturnType<ReturnType<typeof selectDraftSummaries>['execute']>
>[number];

/** A draft's row as the domain's summary: times as ISO strings. */
export function toDraftSummary(row: DraftSummaryRow): DraftSummary {
	return {
		...row,
		updatedAt: row.updatedAt.toISOString(),
		publishedAt: row.publishedAt?.toISOString() ?? null
	};
}

/** A revision's row, without its content, as the domain's summary. */
export function toRevisionSummary(row: {
	id: number;
	number: number;
	savedBy: string;
	savedAt: Date;
}): RevisionSummary {
	return { ...row, savedAt: row.savedAt.toISOString() };
}
