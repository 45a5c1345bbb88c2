import {
	londonDate,
	projectStageKeys,
	type NamedRef,
	type Project,
	type ProjectSummary
} from '@whatworks/domain';
import { and, asc, desc, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { Database } from '../client.js';
import {
	partners,
	programmes,
	projectPartners,
	protocols,
	publicationProjects,
	publications,
	researchProjects
} from '../schema/index.js';
import { linkedInterventions } from './linked-interventions.js';
import { toProjectSummary, toProtocol } from './project-rows.js';
import { publicationSummaryColumns } from './publications.js';

const summaryColumns = {
	...getTableColumns(researchProjects),
	programmeSlug: programmes.slug,
	programmeName: programmes.name,
	protocolPublishedOn: protocols.publishedOn,
	fieldworkStartsOn: protocols.fieldworkStartsOn
};

/** The day a project's stage is worked out for, unless a caller names another: today in London. */
const today = () => londonDate(new Date());

/**
 * Project summaries, by name: all, or those of one programme, or those a partner works on, with
 * their stages as of a day.
 */
export async function listProjects(
	db: Database,
	{
		programmeId,
		partnerId,
		asOf = today()
	}: { programmeId?: number; partnerId?: number; asOf?: string } = {}
): Promise<ProjectSummary[]> {
	const rows = await db
		.select(summaryColumns)
		.from(researchProjects)
		.leftJoin(programmes, eq(programmes.id, researchProjects.programmeId))
		.leftJoin(protocols, eq(protocols.projectId, researchProjects.id))
		.where(
			and(
				programmeId === undefined ? undefined : eq(researchProjects.programmeId, programmeId),
				partnerId === undefined
					? undefined
					: inArray(
							researchProjects.id,
							db
								.select({ id: projectPartners.projectId })
								.from(projectPartners)
								.where(eq(projectPartners.partnerId, partnerId))
						)
			)
		)
		.orderBy(asc(researchProjects.name));
	return rows.map((row) => toProjectSummary(row, asOf));
}

/** One project's page with its stage as of a day, or null when no project has the slug. */
export async function findProjectBySlug(
	db: Database,
	{
		slug,
		includeHidden = false,
		asOf = today()
	}: {
		slug: string;
		asOf?: string;
		/** Staff editing the record also see links to interventions not yet published. */
		includeHidden?: boolean;
	}
): Promise<Project | null> {
	const [row] = await db
		.select({ ...summaryColumns, protocol: protocols })
		.from(researchProjects)
		.leftJoin(programmes, eq(programmes.id, researchProjects.programmeId))
		.leftJoin(protocols, eq(protocols.projectId, researchProjects.id))
		.where(eq(researchProjects.slug, slug));
	if (!row) return null;
	const [partnerRefs, interventionRefs, outputs] = await Promise.all([
		db
			.select({ slug: partners.slug, name: partners.name })
			.from(projectPartners)
			.innerJoin(partners, eq(partners.id, projectPartners.partnerId))
			.where(eq(projectPartners.projectId, row.id))
			.orderBy(asc(partners.name)),
		linkedInterventions(db, { kind: 'project', ownerId: row.id, includeHidden }),
		db
			.select(publicationSummaryColumns)
			.from(publicationProjects)
			.innerJoin(publications, eq(publications.id, publicationProjects.publicationId))
			.where(eq(publicationProjects.projectId, row.id))
			.orderBy(desc(publications.publishedOn), asc(publications.title))
	]);
	return {
		...toProjectSummary(row, asOf),
		asOf,
		milestones: row.milestones.toSorted(
			(a, b) => projectStageKeys.indexOf(a.stage) - projectStageKeys.indexOf(b.stage)
		),
		budgetGbp: row.budgetGbp,
		partners: partnerRefs satisfies NamedRef[],
		interventions: interventionRefs,
		protocol: row.protocol ? toProtocol(row.protocol) : null,
		publications: outputs
	};
}
