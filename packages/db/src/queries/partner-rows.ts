import type { Participation, PartnerSummary, ProgrammeRef } from '@whatworks/domain';
import type { participations, partners } from '../schema/index.js';

// Row mappers of the partners' reads: database rows in, domain types out, no queries.

/** A participation as readers and drafts see it: the row, under the programme it belongs to. */
export function toParticipation(
	participation: typeof participations.$inferSelect,
	programme: { slug: string; name: string }
): Participation {
	return {
		programme: { slug: programme.slug, name: programme.name },
		wave: participation.wave,
		role: participation.role,
		strand: participation.strand,
		startDate: participation.startDate,
		endDate: participation.endDate,
		fundingGbp: participation.fundingGbp
	};
}

/** A partner's row with its programmes as an entry of the partners list. */
export function toPartnerSummary(
	row: typeof partners.$inferSelect,
	programmeRefs: ProgrammeRef[]
): PartnerSummary {
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

/** A partner in several waves of one programme lists that programme once. */
export function uniqueProgrammes(refs: ProgrammeRef[]): ProgrammeRef[] {
	const seen = new Map(refs.map((ref) => [ref.slug, { slug: ref.slug, name: ref.name }]));
	return [...seen.values()];
}
