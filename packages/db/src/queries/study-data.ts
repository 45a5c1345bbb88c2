import type { OutcomeEntry, StudyEntry } from '@whatworks/domain';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../client.js';
import { contrasts, outcomeRatings, studies } from '../schema/index.js';

/** An intervention's study data as editors enter it. */
export interface StudyData {
	studies: StudyEntry[];
	outcomes: OutcomeEntry[];
}

// Stored rows are keyed by their ids, so a draft's revisions can point at them before publishing
// (`publishStudyData` reads the keys back).
const studyKey = (id: number) => `s${id}`;
const outcomeKey = (id: number) => `o${id}`;

/** The id a key names, when it names a stored row of this kind (`s12` → 12). */
export function storedId(key: string, prefix: 's' | 'o'): number | null {
	const match = new RegExp(`^${prefix}(\\d+)$`).exec(key);
	return match ? Number(match[1]) : null;
}

/** The live study data of an intervention, as a new draft of it starts from it. */
export async function findStudyData(
	db: Database,
	{ interventionId }: { interventionId: number }
): Promise<StudyData> {
	const studyRows = await db
		.select()
		.from(studies)
		.where(eq(studies.interventionId, interventionId))
		.orderBy(asc(studies.id));
	const outcomes = await db.query.outcomeRatings.findMany({
		where: eq(outcomeRatings.interventionId, interventionId),
		orderBy: asc(outcomeRatings.position),
		with: { contrasts: { orderBy: asc(contrasts.id) }, override: true }
	});
	return {
		studies: studyRows.map(({ id, interventionId: _, ...study }) => ({
			key: studyKey(id),
			...study
		})),
		outcomes: outcomes.map((outcome) => ({
			key: outcomeKey(outcome.id),
			outcome: outcome.outcome,
			domain: outcome.domain,
			source: outcome.source,
			override: outcome.override && {
				effectiveness: outcome.override.effectiveness,
				strength: outcome.override.strength,
				justification: outcome.override.justification
			},
			contrasts: outcome.contrasts.map(({ id: _, outcomeRatingId: __, studyId, ...numbers }) => ({
				studyKey: studyKey(studyId),
				...numbers
			}))
		}))
	};
}
