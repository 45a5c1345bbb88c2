import type { PublicationListInput, PublicationPage, PublicationSummary } from '@whatworks/domain';
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { linkedInterventions } from './linked-interventions.js';
import { files, publicationProjects, publications, researchProjects } from '../schema/index.js';

/** The columns a library entry shows. */
export const publicationSummaryColumns = {
	slug: publications.slug,
	title: publications.title,
	type: publications.type,
	authors: publications.authors,
	publishedOn: publications.publishedOn,
	themes: publications.themes
};

/** The conditions of the library's filters: type, theme and year, when given. */
export function publicationFilters(input: PublicationListInput = {}): SQL | undefined {
	const filters: SQL[] = [];
	if (input.type) filters.push(eq(publications.type, input.type));
	// Themes are a small JSON array; containment keeps the filter one condition.
	if (input.theme)
		filters.push(sql`${publications.themes} @> ${JSON.stringify([input.theme])}::jsonb`);
	if (input.year) {
		filters.push(sql`extract(year from ${publications.publishedOn}) = ${input.year}`);
	}
	return and(...filters);
}

/** The library, newest first, filtered by type, theme and year when given. */
export async function listPublications(
	db: Database,
	input: PublicationListInput = {}
): Promise<PublicationSummary[]> {
	return db
		.select(publicationSummaryColumns)
		.from(publications)
		.where(publicationFilters(input))
		.orderBy(desc(publications.publishedOn), asc(publications.title));
}

/** The years the library has publications from, newest first, for the year filter. */
export async function listPublicationYears(db: Database): Promise<number[]> {
	const year = sql<number>`extract(year from ${publications.publishedOn})::int`;
	const rows = await db.selectDistinct({ year }).from(publications).orderBy(desc(year));
	return rows.map((row) => row.year);
}

/** One publication's page, or null when no publication has the slug. */
export async function findPublicationBySlug(
	db: Database,
	{
		slug,
		includeHidden = false
	}: {
		slug: string;
		/** Staff editing the record also see links to interventions not yet published. */
		includeHidden?: boolean;
	}
): Promise<PublicationPage | null> {
	const [row] = await db
		.select({
			...publicationSummaryColumns,
			id: publications.id,
			abstract: publications.abstract,
			fileId: files.id,
			fileName: files.name,
			fileBytes: files.bytes
		})
		.from(publications)
		.leftJoin(files, eq(files.id, publications.fileId))
		.where(eq(publications.slug, slug));
	if (!row) return null;
	const [projects, informs] = await Promise.all([
		db
			.select({ slug: researchProjects.slug, name: researchProjects.name })
			.from(publicationProjects)
			.innerJoin(researchProjects, eq(researchProjects.id, publicationProjects.projectId))
			.where(eq(publicationProjects.publicationId, row.id))
			.orderBy(asc(researchProjects.name)),
		linkedInterventions(db, { kind: 'publication', ownerId: row.id, includeHidden })
	]);
	const { id: _id, fileId, fileName, fileBytes, ...page } = row;
	const file =
		fileId !== null && fileName !== null && fileBytes !== null
			? { id: fileId, name: fileName, bytes: fileBytes }
			: null;
	return { ...page, file, projects, interventions: informs };
}
