import type { ProgrammeSummary } from '@whatworks/domain';
import type { programmes } from '../schema/index.js';

// Row mappers of the programmes' reads: database rows in, domain types out, no queries.

/** A programme's row with its partner count and waves, as the domain's summary: less its id. */
export function toProgrammeSummary(
	row: typeof programmes.$inferSelect & { partnerCount: number; waves: number[] }
): ProgrammeSummary {
	const { id: _id, ...summary } = row;
	return summary;
}
