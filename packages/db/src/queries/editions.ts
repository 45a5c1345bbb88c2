import type { Edition, EditionSummary, InterventionContent } from '@whatworks/domain';
import { and, asc, desc, eq, inArray, isNotNull, like, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../client.js';
import { editionComments, editions, interventions, revisions, users } from '../schema/index.js';
import { slugify } from '../slugify.js';
import { isUniqueViolation } from '../unique-violation.js';
import { recordAudit } from './audit.js';
import { findInterventionContent, isLive } from './interventions.js';

/** The id of the intervention's open edition (draft or in review), if it has one. */
async function findOpenEdition(db: Database, interventionId: number): Promise<number | null> {
	const [open] = await db
		.select({ id: editions.id })
		.from(editions)
		.where(
			and(
				eq(editions.interventionId, interventionId),
				inArray(editions.state, ['draft', 'in-review'])
			)
		);
	return open?.id ?? null;
}

/**
 * The open edition of an intervention, or a new draft starting from its live content. Returns
 * the edition's id, or null when there is no such intervention.
 */
export async function startEdition(
	db: Database,
	{ slug, actorId }: { slug: string; actorId: number }
): Promise<number | null> {
	const intervention = await findInterventionContent(db, slug);
	if (!intervention) return null;
	try {
		return await openEdition(db, { ...intervention, slug, actorId });
	} catch (error) {
		// Someone opened it at the same moment: theirs is the open edition, so both share it.
		if (!isUniqueViolation(error)) throw error;
		const open = await findOpenEdition(db, intervention.id);
		if (open === null) throw error;
		return open;
	}
}

/** The open edition, or a new draft with its first revision, in one transaction. */
async function openEdition(
	db: Database,
	input: { id: number; slug: string; content: InterventionContent; actorId: number }
): Promise<number> {
	const { slug, content, actorId } = input;
	return db.transaction(async (tx) => {
		const open = await findOpenEdition(tx, input.id);
		if (open !== null) return open;
		const [edition] = await tx
			.insert(editions)
			.values({
				interventionId: input.id,
				state: 'draft',
				authorId: actorId,
				lastEditorId: actorId
			})
			.returning({ id: editions.id });
		if (!edition) throw new Error('The edition could not be created');
		const [revision] = await tx
			.insert(revisions)
			.values({ editionId: edition.id, number: 1, content, savedBy: actorId })
			.returning({ id: revisions.id });
		await recordAudit(tx, {
			actorId,
			action: 'edition.started',
			subjectType: 'intervention',
			subjectId: slug,
			revisionIds: revision ? [revision.id] : []
		});
		return edition.id;
	});
}

/**
 * Adds a new intervention, hidden from readers until its first publication, and opens its first
 * draft. The slug comes from the name, numbered when taken. Returns the edition's id.
 */
export async function createIntervention(
	db: Database,
	input: { name: string; summary: string; actorId: number; now: Date }
): Promise<number> {
	// Someone else may take the same slug between reading the free one and inserting: try again.
	for (let attempt = 1; ; attempt++) {
		try {
			return await insertIntervention(db, input);
		} catch (error) {
			if (!isUniqueViolation(error) || attempt === 3) throw error;
		}
	}
}

/** One attempt of {@link createIntervention}, in one transaction. */
async function insertIntervention(
	db: Database,
	input: { name: string; summary: string; actorId: number; now: Date }
): Promise<number> {
	return db.transaction(async (tx) => {
		// Slugs may be 120 characters; room is left for a number.
		const base = slugify(input.name).slice(0, 100).replace(/-+$/, '');
		const slug = await freeSlug(tx, base || 'intervention');
		await tx.insert(interventions).values({
			slug,
			name: input.name,
			summary: input.summary,
			emmie: { effect: '', mechanisms: '', moderators: '', implementation: '', economics: '' },
			pageUpdated: input.now.toISOString().slice(0, 10),
			live: false
		});
		await recordAudit(tx, {
			actorId: input.actorId,
			action: 'intervention.created',
			subjectType: 'intervention',
			subjectId: slug
		});
		const editionId = await startEdition(tx, { slug, actorId: input.actorId });
		if (editionId === null) throw new Error(`The new intervention ${slug} vanished`);
		return editionId;
	});
}

/** The slug itself when free, else the first free one of slug-2, slug-3, … */
async function freeSlug(db: Database, slug: string): Promise<string> {
	const taken = new Set(
		(
			await db
				.select({ slug: interventions.slug })
				.from(interventions)
				.where(or(eq(interventions.slug, slug), like(interventions.slug, `${slug}-%`)))
		).map((row) => row.slug)
	);
	let candidate = slug;
	for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
	return candidate;
}

/**
 * Whether readers ever saw the intervention: it is live (entries seeded or imported live have no
 * edition), or one of its editions was published.
 */
export async function wasEverPublished(db: Database, interventionId: number): Promise<boolean> {
	const live = await db.$count(interventions, and(eq(interventions.id, interventionId), isLive));
	const published = await db.$count(
		editions,
		and(eq(editions.interventionId, interventionId), isNotNull(editions.publishedAt))
	);
	return live + published > 0;
}

const author = alias(users, 'author');

const summaryColumns = {
	id: editions.id,
	slug: interventions.slug,
	name: interventions.name,
	state: editions.state,
	authorId: editions.authorId,
	authorName: author.name,
	lastEditorId: editions.lastEditorId,
	updatedAt: editions.updatedAt,
	publishedAt: editions.publishedAt
};

type SummaryRow = Omit<EditionSummary, 'updatedAt' | 'publishedAt'> & {
	updatedAt: Date;
	publishedAt: Date | null;
};

function toSummary(row: SummaryRow): EditionSummary {
	return {
		...row,
		updatedAt: row.updatedAt.toISOString(),
		publishedAt: row.publishedAt?.toISOString() ?? null
	};
}

/** Open editions (drafts and those in review) and the most recently published, newest first. */
export async function listEditions(db: Database): Promise<EditionSummary[]> {
	const rows = await db
		.select(summaryColumns)
		.from(editions)
		.innerJoin(interventions, eq(interventions.id, editions.interventionId))
		.innerJoin(author, eq(author.id, editions.authorId))
		.where(or(inArray(editions.state, ['draft', 'in-review']), isNotNull(editions.publishedAt)))
		.orderBy(desc(editions.updatedAt), desc(editions.id))
		.limit(100);
	return rows.map(toSummary);
}

/** One edition with its latest content, the live content it would replace, history and comments. */
export async function findEdition(db: Database, id: number): Promise<Edition | null> {
	const [row] = await db
		.select({ ...summaryColumns, interventionId: editions.interventionId })
		.from(editions)
		.innerJoin(interventions, eq(interventions.id, editions.interventionId))
		.innerJoin(author, eq(author.id, editions.authorId))
		.where(eq(editions.id, id));
	if (!row) return null;
	const { interventionId, ...summary } = row;
	const everPublished = await wasEverPublished(db, interventionId);
	const history = await db
		.select({
			id: revisions.id,
			number: revisions.number,
			savedBy: users.name,
			savedAt: revisions.savedAt,
			content: revisions.content
		})
		.from(revisions)
		.innerJoin(users, eq(users.id, revisions.savedBy))
		.where(eq(revisions.editionId, id))
		.orderBy(desc(revisions.number));
	const comments = await db
		.select({ by: users.name, at: editionComments.at, text: editionComments.text })
		.from(editionComments)
		.innerJoin(users, eq(users.id, editionComments.authorId))
		.where(eq(editionComments.editionId, id))
		.orderBy(asc(editionComments.at));
	const [latest] = history;
	if (!latest) throw new Error(`Edition ${id} has no revision`);
	const revision = (r: (typeof history)[number]) => ({ ...r, savedAt: r.savedAt.toISOString() });
	return {
		...toSummary(summary),
		everPublished,
		latest: revision(latest),
		live: everPublished ? ((await findInterventionContent(db, row.slug))?.content ?? null) : null,
		revisions: history.map(({ content: _content, ...r }) => ({
			...r,
			savedAt: r.savedAt.toISOString()
		})),
		comments: comments.map((c) => ({ ...c, at: c.at.toISOString() }))
	};
}

/** The content of one revision of an edition, or null. */
export async function findRevisionContent(
	db: Database,
	{ editionId, revisionId }: { editionId: number; revisionId: number }
): Promise<InterventionContent | null> {
	const [row] = await db
		.select({ content: revisions.content })
		.from(revisions)
		.where(and(eq(revisions.editionId, editionId), eq(revisions.id, revisionId)));
	return row?.content ?? null;
}
