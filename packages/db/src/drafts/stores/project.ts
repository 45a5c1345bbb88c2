import { listedItems } from '../../queries/listed-items.js';
import type { ProjectContent } from '@whatworks/domain';
import { eq } from 'drizzle-orm';
import type { Database } from '../../client.js';
import type { ContentStore, PublishedItem } from './content-store.js';
import {
	projectInterventions,
	projectPartners,
	protocols,
	researchProjects
} from '../../schema/index.js';
import { findProjectBySlug } from '../../queries/projects.js';
import { idsBySlug } from './ids-by-slug.js';
import { writeRecord } from './write-record.js';

/** A live project as a draft starts from. */
async function liveProject(
	db: Database,
	{ slug }: { slug: string }
): Promise<ProjectContent | null> {
	const live = await findProjectBySlug(db, { slug, includeHidden: true });
	if (!live) return null;
	return {
		slug: live.slug,
		name: live.name,
		summary: live.summary,
		theme: live.theme,
		programmeSlug: live.programme?.slug ?? null,
		milestones: live.milestones,
		leadOrganisation: live.leadOrganisation,
		budgetGbp: live.budgetGbp,
		partnerSlugs: live.partners.map((partner) => partner.slug),
		interventionSlugs: live.interventions.map((intervention) => intervention.slug),
		protocol: live.protocol
	};
}

/** Writes a project to the live tables: the project, its protocol, then its links. */
async function publishProject(
	tx: Database,
	{ targetSlug, content }: PublishedItem<'project'>
): Promise<void> {
	const [programmeId = null] = await idsBySlug(tx, {
		table: 'programmes',
		slugs: content.programmeSlug ? [content.programmeSlug] : []
	});
	const partnerIds = await idsBySlug(tx, { table: 'partners', slugs: content.partnerSlugs });
	const interventionIds = await idsBySlug(tx, {
		table: 'interventions',
		slugs: content.interventionSlugs
	});
	const projectId = await writeRecord(tx, {
		table: researchProjects,
		targetSlug,
		values: {
			slug: content.slug,
			name: content.name,
			summary: content.summary,
			theme: content.theme,
			programmeId,
			milestones: content.milestones,
			leadOrganisation: content.leadOrganisation,
			budgetGbp: content.budgetGbp
		}
	});
	await tx.delete(protocols).where(eq(protocols.projectId, projectId));
	if (content.protocol) await tx.insert(protocols).values({ ...content.protocol, projectId });
	await tx.delete(projectPartners).where(eq(projectPartners.projectId, projectId));
	await tx.delete(projectInterventions).where(eq(projectInterventions.projectId, projectId));
	if (partnerIds.length > 0) {
		await tx
			.insert(projectPartners)
			.values(partnerIds.map((partnerId) => ({ projectId, partnerId })));
	}
	if (interventionIds.length > 0) {
		await tx
			.insert(projectInterventions)
			.values(interventionIds.map((interventionId) => ({ projectId, interventionId })));
	}
}

/** Where projects live. */
export const projectStore: ContentStore<'project'> = {
	live: liveProject,
	publish: publishProject,
	listed: (db) =>
		listedItems(db, { kind: 'project', table: researchProjects, slug: researchProjects.slug })
};
