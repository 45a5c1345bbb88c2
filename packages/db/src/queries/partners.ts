import type {
	MapArea,
	Participation,
	PartnerDirectory,
	PartnerGetInput,
	PartnerListInput,
	PartnerProfile,
	PartnerSummary,
	ProgrammeRef,
	ProgrammeSummary
} from '@whatworks/domain';
import { and, asc, eq, exists, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { participations, partners, programmes, publishedMap } from '../schema/index.js';
import { findLookedAfterSeries, findOfstedInspection } from './area-statistics.js';
import { toParticipation, toPartnerSummary, uniqueProgrammes } from './partner-rows.js';
import { jsonArray, jsonObject } from './json-rows.js';
import { preparedOnce } from './prepared-once.js';
import { selectProgrammeList } from './programmes.js';
import { listProjects } from './projects.js';

/** Partners by name, filtered by region, organisation type, programme and wave when given. */
export async function listPartners(
	db: Database,
	input: PartnerListInput = {}
): Promise<PartnerSummary[]> {
	const [list] = await partnerListQuery(db).execute(filterValues(input));
	return list?.partners ?? [];
}

const partnerListQuery = preparedOnce((db: Database) => {
	const partnerProgrammes = programmesByPartner(db);
	return db
		.select({ partners: partnerListOf(partnerProgrammes) })
		.from(partners)
		.leftJoin(partnerProgrammes, eq(partnerProgrammes.partnerId, partners.id))
		.where(partnerFilters(db))
		.prepare('partner_list');
});

/**
 * The partners page in one statement: the partners the filters keep (as `listPartners`), how
 * many there are in all, every programme (as `listProgrammes`) and the map (as `listMapAreas`).
 * PGlite pays for each statement in JavaScript, so one beats four.
 */
export async function findPartnerDirectory(
	db: Database,
	input: PartnerListInput = {}
): Promise<PartnerDirectory> {
	const [directory] = await partnerDirectoryQuery(db).execute(filterValues(input));
	if (!directory) throw new Error('An aggregate always has a row.');
	return directory;
}

const partnerDirectoryQuery = preparedOnce((db: Database) => {
	const partnerProgrammes = programmesByPartner(db);
	return db
		.select({
			partners: partnerListOf(partnerProgrammes),
			total: sql<number>`(select count(*) from ${partners})`.mapWith(Number),
			programmes: sql<ProgrammeSummary[]>`(${selectProgrammeList(db)})`,
			areas: sql<MapArea[]>`coalesce((select ${publishedMap.areas} from ${publishedMap}), '[]')`
		})
		.from(partners)
		.leftJoin(partnerProgrammes, eq(partnerProgrammes.partnerId, partners.id))
		.where(partnerFilters(db))
		.prepare('partner_directory');
});

/** The filters' values for the placeholders of {@link partnerFilters}: null for "any". */
function filterValues({ region, type, programme, wave }: PartnerListInput) {
	return {
		region: region ?? null,
		type: type ?? null,
		programme: programme ?? null,
		wave: wave ?? null
	};
}

/**
 * The conditions of the partners list's filters, each holding when its placeholder is null, so
 * that one statement, built once, serves every combination of filters.
 */
function partnerFilters(db: Database): SQL {
	const region = sql`${sql.placeholder('region')}::text`;
	const type = sql`${sql.placeholder('type')}::text`;
	const programme = sql`${sql.placeholder('programme')}::text`;
	const wave = sql`${sql.placeholder('wave')}::integer`;
	const inProgramme = exists(
		db
			.select({ one: sql`1` })
			.from(participations)
			.innerJoin(programmes, eq(programmes.id, participations.programmeId))
			.where(
				and(
					eq(participations.partnerId, partners.id),
					sql`(${programme} is null or ${programmes.slug} = ${programme})`,
					sql`(${wave} is null or ${participations.wave} = ${wave})`
				)
			)
	);
	return sql`(${region} is null or ${partners.region} = ${region})
		and (${type} is null or ${partners.type} = ${type})
		and ((${programme} is null and ${wave} is null) or ${inProgramme})`;
}

/** The partners of a select from partners joined to their programmes, by name, as one JSON array. */
function partnerListOf(partnerProgrammes: ReturnType<typeof programmesByPartner>) {
	return jsonArray<PartnerSummary>(
		jsonObject({
			slug: partners.slug,
			name: partners.name,
			type: partners.type,
			gssCode: partners.gssCode,
			dfeCode: partners.dfeCode,
			region: partners.region,
			programmes: sql`coalesce(${partnerProgrammes.programmes}, '[]')`
		}),
		asc(partners.name)
	);
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

/**
 * Every authority with a boundary, for the map, with the programmes of those that are partners:
 * as publishing last wrote it (`published_map`), one value to read.
 */
export async function listMapAreas(db: Database): Promise<MapArea[]> {
	const [map] = await db.select({ areas: publishedMap.areas }).from(publishedMap);
	return map?.areas ?? [];
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
 * Each partner's programmes, by name, each once however many waves (as `map_areas`, in migration
 * 0024, lists them for the map), as JSON: a table to join
 * partners to (a partner in none has no row), read in one pass rather than once per partner.
 */
function programmesByPartner(db: Database) {
	const pairs = db
		.selectDistinct({
			partnerId: participations.partnerId,
			slug: programmes.slug,
			name: programmes.name
		})
		.from(participations)
		.innerJoin(programmes, eq(programmes.id, participations.programmeId))
		.as('pairs');
	return db
		.select({
			partnerId: pairs.partnerId,
			programmes: jsonArray<ProgrammeRef>(
				jsonObject({ slug: pairs.slug, name: pairs.name }),
				asc(pairs.name)
			).as('programmes')
		})
		.from(pairs)
		.groupBy(pairs.partnerId)
		.as('partner_programmes');
}
