import {
	projectStageOn,
	publishedBeforeWorkBegan,
	type Milestone,
	type ProjectSummary,
	type Protocol
} from '@whatworks/domain';
import type { protocols } from '../schema/index.js';

// Row mappers of the projects' reads: database rows in, domain types out, no queries.

/** A project's row, with its programme and protocol dates, as a summary at its stage on `asOf`. */
export function toProjectSummary(
	row: {
		slug: string;
		name: string;
		summary: string;
		theme: ProjectSummary['theme'];
		milestones: Milestone[];
		leadOrganisation: string;
		programmeSlug: string | null;
		programmeName: string | null;
		protocolPublishedOn: string | null;
		fieldworkStartsOn: string | null;
	},
	asOf: string
): ProjectSummary {
	return {
		slug: row.slug,
		name: row.name,
		summary: row.summary,
		theme: row.theme,
		stage: projectStageOn(row.milestones, asOf),
		programme:
			row.programmeSlug && row.programmeName
				? { slug: row.programmeSlug, name: row.programmeName }
				: null,
		leadOrganisation: row.leadOrganisation,
		protocolPublishedOn: row.protocolPublishedOn,
		protocolBeforeWork:
			row.protocolPublishedOn !== null &&
			row.fieldworkStartsOn !== null &&
			publishedBeforeWorkBegan({
				publishedOn: row.protocolPublishedOn,
				fieldworkStartsOn: row.fieldworkStartsOn
			})
	};
}

/** A protocol's row as the domain's protocol: without the project it belongs to. */
export function toProtocol(row: typeof protocols.$inferSelect): Protocol {
	const { projectId: _projectId, ...protocol } = row;
	return protocol;
}
