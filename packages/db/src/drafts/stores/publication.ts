import { publicationFiltersSchema } from '@whatworks/domain';
import { publicationsFeed } from '../../queries/feed-entries.js';
import { listedItems } from '../../queries/listed-items.js';
import { DomainError, type PublicationContent } from '@whatworks/domain';
import { eq } from 'drizzle-orm';
import type { Database } from '../../client.js';
import type { ContentStore, PublishedItem } from './content-store.js';
import { publicationInterventions, publicationProjects, publications } from '../../schema/index.js';
import { findFileRef } from '../../queries/files.js';
import { findPublicationBySlug } from '../../queries/publications.js';
import { idsBySlug } from './ids-by-slug.js';
import { writeRecord } from './write-record.js';

/** A live publication as a draft starts from. */
async function livePublication(
	db: Database,
	{ slug }: { slug: string }
): Promise<PublicationContent | null> {
	const live = await findPublicationBySlug(db, { slug, includeHidden: true });
	if (!live) return null;
	return {
		slug: live.slug,
		title: live.title,
		type: live.type,
		authors: live.authors,
		publishedOn: live.publishedOn,
		abstract: live.abstract,
		themes: live.themes,
		projectSlugs: live.projects.map((project) => project.slug),
		interventionSlugs: live.interventions.map((intervention) => intervention.slug),
		file: live.file
	};
}

/** Writes a publication to the live tables: the entry, then its links. */
async function publishPublication(
	tx: Database,
	{ targetSlug, content }: PublishedItem<'publication'>
): Promise<void> {
	const projectIds = await idsBySlug(tx, {
		table: 'researchProjects',
		slugs: content.projectSlugs
	});
	const interventionIds = await idsBySlug(tx, {
		table: 'interventions',
		slugs: content.interventionSlugs
	});
	if (content.file && !(await findFileRef(tx, { id: content.file.id }))) {
		throw new DomainError('INVALID_INPUT', 'The attached report is missing: attach it again.');
	}
	const publicationId = await writeRecord(tx, {
		table: publications,
		targetSlug,
		values: {
			slug: content.slug,
			title: content.title,
			type: content.type,
			authors: content.authors,
			publishedOn: content.publishedOn,
			abstract: content.abstract,
			themes: content.themes,
			fileId: content.file?.id ?? null
		}
	});
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

/** Where publications live. */
export const publicationStore: ContentStore<'publication'> = {
	live: livePublication,
	publish: publishPublication,
	listed: (db) =>
		listedItems(db, {
			kind: 'publication',
			table: publications,
			slug: publications.slug,
			ownDate: publications.publishedOn
		}),
	feed: (db, filters) => publicationsFeed(db, publicationFiltersSchema.parse(filters))
};
