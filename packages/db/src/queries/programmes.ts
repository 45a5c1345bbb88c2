import type { Programme, ProgrammeSummary } from '@whatworks/domain';
import { asc, countDistinct, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { participations, partners, programmes } from '../schema/index.js';
import { jsonArray, jsonObject } from './json-rows.js';
import { toParticipation } from './partner-rows.js';
import { toProgrammeSummary } from './programme-rows.js';
import { listProjects } from './projects.js';

/** Every programme, earliest first, with how many partners take part and in which waves. */
export async function listProgrammes(db: Database): Promise<ProgrammeSummary[]> {
	const [list] = await selectProgrammeList(db);
	return list?.programmes ?? [];
}

/**
 * Every programme, earliest first, as one JSON array (see json-rows.ts): what `listProgrammes`
 * reads, and a subquery of statements that read a page's other parts beside them.
 */
export function selectProgrammeList(db: Database) {
	const listed = selectProgrammes(db).as('listed');
	return db
		.select({
			programmes: jsonArray<ProgrammeSummary>(
				jsonObject({
					slug: listed.slug,
					name: listed.name,
					description: listed.description,
					theme: listed.theme,
					startDate: listed.startDate,
					endDate: listed.endDate,
					budgetGbp: listed.budgetGbp,
					partnerCount: listed.partnerCount,
					waves: listed.waves
				}),
				asc(listed.startDate),
				asc(listed.name)
			)
		})
		.from(listed);
}

/** Programme rows (all, or those matching `where`) with their partner counts and waves. */
function selectProgrammes(db: Database, where?: SQL) {
	return db
		.select({
			...getTableColumns(programmes),
			partnerCount: countDistinct(participations.partnerId).as('partner_count'),
			waves: sql<
				number[]
			>`coalesce(array_agg(distinct ${participations.wave} order by ${participations.wave}) filter (where ${participations.wave} is not null), '{}')`.as(
				'waves'
			)
		})
		.from(programmes)
		.leftJoin(participations, eq(participations.programmeId, programmes.id))
		.where(where)
		.groupBy(programmes.id)
		.orderBy(asc(programmes.startDate), asc(programmes.name));
}

/** One programme's page, or null when no programme has the slug. */
export async function findProgrammeBySlug(
	db: Database,
	{ slug }: { slug: string }
): Promise<Programme | null> {
	const [row] = await selectProgrammes(db, eq(programmes.slug, slug));
	if (!row) return null;
	const summary = toProgrammeSummary(row);
	const [members, projects] = await Promise.all([
		db
			.select({ partner: partners, participation: participations })
			.from(participations)
			.innerJoin(partners, eq(partners.id, participations.partnerId))
			.where(eq(participations.programmeId, row.id))
			.orderBy(asc(participations.strand), asc(partners.name)),
		listProjects(db, { programmeId: row.id })
	]);
	return {
		...summary,
		participants: members.map(({ partner, participation }) => ({
			partner: { slug: partner.slug, name: partner.name },
			participation: toParticipation(participation, summary)
		})),
		projects
	};
}
