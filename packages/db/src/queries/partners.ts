import type {
	MapArea,
	Participation,
	PartnerGetInput,
	PartnerListInput,
	PartnerProfile,
	PartnerSummary,
	ProgrammeRef
} from '@whatworks/domain';
import { and, asc, eq, exists, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { areaBoundaries, participations, partners, programmes } from '../schema/index.js';
import { findLookedAfterSeries, findOfstedInspection } from './area-statistics.js';
import { toParticipation, toPartnerSummary, uniqueProgrammes } from './partner-rows.js';
import { jsonArray, jsonObject } from './json-rows.js';
import { listProjects } from './projects.js';

/** Partners by name, filtered by region, organisation type, programme and wave when given. */
export async function listPartners(
	db: Database,
	input: PartnerListInput = {}
): Promise<PartnerSummary[]> {
	const filters: SQL[] = [];
	if (input.region) filters.push(eq(partners.region, input.region));
	if (input.type) filters.push(eq(partners.type, input.type));
	if (input.programme || input.wave) {
		filters.push(
			exists(
				db
					.select()
					.from(participations)
					.innerJoin(programmes, eq(programmes.id, participations.programmeId))
					.where(
						and(
							eq(participations.partnerId, partners.id),
							input.programme ? eq(programmes.slug, input.programme) : undefined,
							input.wave ? eq(participations.wave, input.wave) : undefined
						)
					)
			)
		);
	}
	const taking = programmesByPartner(db);
	const [list] = await db
		.select({
			partners: jsonArray<PartnerSummary>(
				jsonObject({
					slug: partners.slug,
					name: partners.name,
					type: partners.type,
					gssCode: partners.gssCode,
					dfeCode: partners.dfeCode,
					region: partners.region,
					programmes: sql`coalesce(${taking.programmes}, '[]')`
				}),
				asc(partners.name)
			)
		})
		.from(partners)
		.leftJoin(taking, eq(taking.partnerId, partners.id))
		.where(and(...filters));
	return list?.partners ?? [];
}

/**
 * One partner's page by slug, or null: its participations and projects and, for a local
 * authority, its latest Ofsted inspection and looked-after rate beside England's.
 */
export async function findPartnerBySlug(
	db: Database,
	{ slug }: PartnerGetInput
): Promise<PartnerProfile | null> {
	const [row] = await db.select().from(partners).where(eq(partners.slug, slug));
	if (!row) return null;
	const [participationList, projects, ofsted, lookedAfter] = await Promise.all([
		findParticipations(db, { partnerId: row.id }),
		listProjects(db, { partnerId: row.id }),
		row.gssCode ? findOfstedInspection(db, { gssCode: row.gssCode }) : null,
		row.dfeCode ? findLookedAfterSeries(db, { dfeCode: row.dfeCode }) : null
	]);
	const refs = uniqueProgrammes(participationList.map((participation) => participation.programme));
	return {
		...toPartnerSummary(row, refs),
		participations: participationList,
		projects,
		ofsted,
		lookedAfter
	};
}

/** Every authority with a boundary, for the map, with the programmes of those that are partners. */
export async function listMapAreas(db: Database): Promise<MapArea[]> {
	// Rows, not one JSON value: the paths are most of the answer, and JSON would escape them.
	const taking = programmesByPartner(db);
	const rows = await db
		.select({
			gssCode: areaBoundaries.gssCode,
			name: areaBoundaries.name,
			path: areaBoundaries.path,
			partnerSlug: partners.slug,
			programmes: taking.programmes
		})
		.from(areaBoundaries)
		.leftJoin(partners, eq(partners.gssCode, areaBoundaries.gssCode))
		.leftJoin(taking, eq(taking.partnerId, partners.id))
		.orderBy(asc(areaBoundaries.name));
	return rows.map((area) => ({
		...area,
		programmes: (area.programmes ?? []).map((programme) => programme.slug)
	}));
}

/** A partner's participations with their programmes, by programme name and wave. */
export async function findParticipations(
	db: Database,
	{ partnerId }: { partnerId: number }
): Promise<Participation[]> {
	const rows = await db
		.select({ participation: participations, programme: programmes })
		.from(participations)
		.innerJoin(programmes, eq(programmes.id, participations.programmeId))
		.where(eq(participations.partnerId, partnerId))
		.orderBy(asc(programmes.name), asc(participations.wave));
	return rows.map((row) => toParticipation(row.participation, row.programme));
}

/**
 * Each partner's programmes, by name, each once however many waves, as JSON: a table to join
 * partners to (a partner in none has no row), read in one pass rather than once per partner.
 */
function programmesByPartner(db: Database) {
	const taken = db
		.selectDistinct({
			partnerId: participations.partnerId,
			slug: programmes.slug,
			name: programmes.name
		})
		.from(participations)
		.innerJoin(programmes, eq(programmes.id, participations.programmeId))
		.as('taken');
	return db
		.select({
			partnerId: taken.partnerId,
			programmes: jsonArray<ProgrammeRef>(
				jsonObject({ slug: taken.slug, name: taken.name }),
				asc(taken.name)
			).as('programmes')
		})
		.from(taken)
		.groupBy(taken.partnerId)
		.as('partner_programmes');
}
