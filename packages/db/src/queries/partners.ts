import type {
	MapArea,
	Participation,
	PartnerGetInput,
	PartnerListInput,
	PartnerProfile,
	PartnerSummary,
	ProgrammeRef
} from '@whatworks/domain';
import { and, asc, eq, exists, inArray, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { areaBoundaries, participations, partners, programmes } from '../schema/index.js';
import { findLookedAfterSeries, findOfstedInspection } from './area-statistics.js';
import { toParticipation, toPartnerSummary, uniqueProgrammes } from './partner-rows.js';
import { listProjects } from './projects.js';

type PartnerRow = typeof partners.$inferSelect;

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
	const rows = await db
		.select()
		.from(partners)
		.where(and(...filters))
		.orderBy(asc(partners.name));
	const programmesByPartner = await findProgrammes(db, { rows });
	return rows.map((row) => toPartnerSummary(row, programmesByPartner.get(row.id) ?? []));
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
	const rows = await db
		.select({
			gssCode: areaBoundaries.gssCode,
			name: areaBoundaries.name,
			path: areaBoundaries.path,
			partnerId: partners.id,
			partnerSlug: partners.slug
		})
		.from(areaBoundaries)
		.leftJoin(partners, eq(partners.gssCode, areaBoundaries.gssCode))
		.orderBy(asc(areaBoundaries.name));
	const partnerRows = rows.flatMap((row) =>
		row.partnerId === null ? [] : [{ id: row.partnerId }]
	);
	const programmesByPartner = await findProgrammes(db, { rows: partnerRows });
	return rows.map(({ partnerId, ...area }) => ({
		...area,
		programmes: (partnerId === null ? [] : (programmesByPartner.get(partnerId) ?? [])).map(
			(programme) => programme.slug
		)
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

async function findProgrammes(
	db: Database,
	{ rows }: { rows: Pick<PartnerRow, 'id'>[] }
): Promise<Map<number, ProgrammeRef[]>> {
	const byPartner = new Map<number, ProgrammeRef[]>();
	if (rows.length === 0) return byPartner;
	const links = await db
		.select({ partnerId: participations.partnerId, slug: programmes.slug, name: programmes.name })
		.from(participations)
		.innerJoin(programmes, eq(programmes.id, participations.programmeId))
		.where(
			inArray(
				participations.partnerId,
				rows.map((row) => row.id)
			)
		)
		.orderBy(asc(programmes.name));
	for (const { partnerId, slug, name } of links) {
		byPartner.set(
			partnerId,
			uniqueProgrammes([...(byPartner.get(partnerId) ?? []), { slug, name }])
		);
	}
	return byPartner;
}
