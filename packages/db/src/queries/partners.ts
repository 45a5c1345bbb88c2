import type {
	Partner,
	PartnerGetInput,
	PartnerListInput,
	PartnerSummary,
	ProgrammeRef
} from '@whatworks/domain';
import { and, asc, eq, exists, inArray, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { participations, partners, programmes } from '../schema/index.js';

type PartnerRow = typeof partners.$inferSelect;

/** Partners by name, filtered by region, organisation type and programme when given. */
export async function listPartners(
	db: Database,
	input: PartnerListInput = {}
): Promise<PartnerSummary[]> {
	const filters: SQL[] = [];
	if (input.region) filters.push(eq(partners.region, input.region));
	if (input.type) filters.push(eq(partners.type, input.type));
	if (input.programme) {
		filters.push(
			exists(
				db
					.select()
					.from(participations)
					.innerJoin(programmes, eq(programmes.id, participations.programmeId))
					.where(
						and(eq(participations.partnerId, partners.id), eq(programmes.slug, input.programme))
					)
			)
		);
	}
	const rows = await db
		.select()
		.from(partners)
		.where(and(...filters))
		.orderBy(asc(partners.name));
	const programmesByPartner = await findProgrammes(db, rows);
	return rows.map((row) => toSummary(row, programmesByPartner.get(row.id) ?? []));
}

/** One local authority partner by its ONS GSS code, with its participations, or null. */
export async function findPartnerByGssCode(
	db: Database,
	{ gssCode }: PartnerGetInput
): Promise<Partner | null> {
	const [row] = await db.select().from(partners).where(eq(partners.gssCode, gssCode));
	if (!row) return null;
	const rows = await db
		.select({ participation: participations, programme: programmes })
		.from(participations)
		.innerJoin(programmes, eq(programmes.id, participations.programmeId))
		.where(eq(participations.partnerId, row.id))
		.orderBy(asc(programmes.name), asc(participations.wave));
	const refs = uniqueProgrammes(rows.map((r) => r.programme));
	return {
		...toSummary(row, refs),
		participations: rows.map(({ participation, programme }) => ({
			programme: { slug: programme.slug, name: programme.name },
			wave: participation.wave,
			role: participation.role,
			strand: participation.strand,
			startDate: participation.startDate,
			endDate: participation.endDate,
			fundingGbp: participation.fundingGbp
		}))
	};
}

async function findProgrammes(
	db: Database,
	rows: PartnerRow[]
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

/** A partner in several waves of one programme lists that programme once. */
function uniqueProgrammes(refs: ProgrammeRef[]): ProgrammeRef[] {
	const seen = new Map(refs.map((ref) => [ref.slug, { slug: ref.slug, name: ref.name }]));
	return [...seen.values()];
}

function toSummary(row: PartnerRow, programmeRefs: ProgrammeRef[]): PartnerSummary {
	return {
		slug: row.slug,
		name: row.name,
		type: row.type,
		gssCode: row.gssCode,
		dfeCode: row.dfeCode,
		region: row.region,
		programmes: programmeRefs
	};
}
