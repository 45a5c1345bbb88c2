import { protocolSchema, slugify } from '@whatworks/domain';
import { inArray, or, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { recordOnce } from '../queries/app-events.js';
import {
	interventions,
	participations,
	partners,
	programmes,
	projectInterventions,
	projectPartners,
	protocols,
	publicationInterventions,
	publicationProjects,
	publications,
	researchProjects
} from '../schema/index.js';
import {
	programmeAuthorities,
	programmeOrganisations,
	seedProgrammes,
	type SeedProgramme
} from './programmes.js';
import { seedProjects, seedPublications, type SeedPublication } from './research.js';

const researchEventKey = 'research-seeded';

/**
 * Seeds the programmes with their partners, the research projects with their protocols, and the
 * publications, once per database. Authorities already imported are kept as they are; the ones
 * the programmes name are added when missing, so this works with or without the DfE list.
 * Returns whether it seeded anything.
 */
export async function seedResearch(db: Database): Promise<boolean> {
	return db.transaction(async (tx) => {
		if (!(await recordOnce(tx, { key: researchEventKey }))) return false;

		await tx
			.insert(partners)
			.values([
				...programmeAuthorities.map((la) => ({ ...la, slug: slugify(la.name) })),
				...programmeOrganisations
			])
			.onConflictDoNothing();
		const partnerId = await idsOf(tx, [
			...programmeAuthorities.map((la) => la.gssCode),
			...programmeOrganisations.map((organisation) => organisation.slug)
		]);

		const programmeId = new Map<string, number>();
		for (const programme of seedProgrammes) {
			const id = await upsertProgramme(tx, programme);
			programmeId.set(programme.slug, id);
			for (const { partner, participation } of programme.participants) {
				await tx
					.insert(participations)
					.values({
						...participation,
						partnerId: need(partnerId, 'gssCode' in partner ? partner.gssCode : partner.slug),
						programmeId: id
					})
					.onConflictDoNothing();
			}
		}

		const interventionId = new Map(
			(await tx.select({ id: interventions.id, slug: interventions.slug }).from(interventions)).map(
				(row) => [row.slug, row.id]
			)
		);
		const projectId = new Map<string, number>();
		for (const project of seedProjects) {
			const [row] = await tx
				.insert(researchProjects)
				.values({
					slug: project.slug,
					name: project.name,
					summary: project.summary,
					theme: project.theme,
					programmeId: project.programme ? need(programmeId, project.programme) : null,
					milestones: project.milestones,
					leadOrganisation: project.leadOrganisation,
					budgetGbp: project.budgetGbp
				})
				.returning({ id: researchProjects.id });
			if (!row) throw new Error(`Could not seed ${project.slug}`);
			projectId.set(project.slug, row.id);
			if (project.partners.length > 0) {
				await tx
					.insert(projectPartners)
					.values(
						project.partners.map((key) => ({ projectId: row.id, partnerId: need(partnerId, key) }))
					);
			}
			if (project.interventions.length > 0) {
				await tx.insert(projectInterventions).values(
					project.interventions.map((slug) => ({
						projectId: row.id,
						interventionId: need(interventionId, slug)
					}))
				);
			}
			if (project.protocol) {
				// The seed obeys the same rule as the console: published before fieldwork.
				await tx
					.insert(protocols)
					.values({ ...protocolSchema.parse(project.protocol), projectId: row.id });
			}
		}

		for (const publication of [...seedPublications, ...protocolPublications()]) {
			const [row] = await tx
				.insert(publications)
				.values({
					slug: publication.slug,
					title: publication.title,
					type: publication.type,
					authors: publication.authors,
					publishedOn: publication.publishedOn,
					abstract: publication.abstract,
					themes: publication.themes
				})
				.returning({ id: publications.id });
			if (!row) throw new Error(`Could not seed ${publication.slug}`);
			if (publication.projects.length > 0) {
				await tx.insert(publicationProjects).values(
					publication.projects.map((slug) => ({
						publicationId: row.id,
						projectId: need(projectId, slug)
					}))
				);
			}
			if (publication.interventions.length > 0) {
				await tx.insert(publicationInterventions).values(
					publication.interventions.map((slug) => ({
						publicationId: row.id,
						interventionId: need(interventionId, slug)
					}))
				);
			}
		}
		return true;
	});
}

/** Each protocol is also a publication in the library, linked to its project. */
function protocolPublications(): SeedPublication[] {
	return seedProjects.flatMap((project) =>
		project.protocol
			? [
					{
						slug: `${project.slug}-protocol`,
						title: `Protocol: ${project.name}`,
						type: 'protocol' as const,
						authors: [project.protocol.evaluator],
						publishedOn: project.protocol.publishedOn,
						abstract: `What the evaluation of “${project.name}” will measure and how, published before the work began. Primary ${project.protocol.primaryOutcomes.length === 1 ? 'outcome' : 'outcomes'}: ${project.protocol.primaryOutcomes.join('; ')}.`,
						themes: [project.theme],
						projects: [project.slug],
						interventions: project.interventions
					}
				]
			: []
	);
}

/** Inserts a programme, or fills in the theme and dates of one seeded before they existed. */
async function upsertProgramme(tx: Database, programme: SeedProgramme): Promise<number> {
	const [row] = await tx
		.insert(programmes)
		.values({
			slug: programme.slug,
			name: programme.name,
			description: programme.description,
			theme: programme.theme,
			startDate: programme.startDate,
			endDate: programme.endDate,
			budgetGbp: programme.budgetGbp
		})
		.onConflictDoUpdate({
			target: programmes.slug,
			set: {
				theme: sql`excluded.theme`,
				startDate: sql`excluded.start_date`,
				endDate: sql`excluded.end_date`
			}
		})
		.returning({ id: programmes.id });
	if (!row) throw new Error(`Could not seed ${programme.slug}`);
	return row.id;
}

/** Partner ids by GSS code, and by slug for organisations without one. */
async function idsOf(tx: Database, keys: string[]): Promise<Map<string, number>> {
	const rows = await tx
		.select({ id: partners.id, gssCode: partners.gssCode, slug: partners.slug })
		.from(partners)
		.where(or(inArray(partners.gssCode, keys), inArray(partners.slug, keys)));
	return new Map(
		rows.flatMap((row) => [[row.slug, row.id] as const, [row.gssCode ?? row.slug, row.id] as const])
	);
}

function need(ids: Map<string, number>, key: string): number {
	const id = ids.get(key);
	if (id === undefined) throw new Error(`The seed names ${key}, which is not in the database`);
	return id;
}
