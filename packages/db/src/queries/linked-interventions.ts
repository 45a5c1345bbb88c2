import type { NamedRef } from '@whatworks/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../client.js';
import { interventions, projectInterventions, publicationInterventions } from '../schema/index.js';
import { isLive } from './interventions.js';

/** The link tables from a project or publication to the interventions it concerns. */
const links = {
	project: { table: projectInterventions, owner: projectInterventions.projectId },
	publication: { table: publicationInterventions, owner: publicationInterventions.publicationId }
} as const;

/**
 * The interventions a project or publication links to, by name: readers see only published ones;
 * staff editing the record (`includeHidden`) see them all, so saving keeps every link.
 */
export function linkedInterventions(
	db: Database,
	{
		kind,
		ownerId,
		includeHidden
	}: { kind: keyof typeof links; ownerId: number; includeHidden: boolean }
): Promise<NamedRef[]> {
	const { table, owner } = links[kind];
	return db
		.select({ slug: interventions.slug, name: interventions.name })
		.from(table)
		.innerJoin(interventions, eq(interventions.id, table.interventionId))
		.where(and(eq(owner, ownerId), includeHidden ? undefined : isLive))
		.orderBy(asc(interventions.name));
}
