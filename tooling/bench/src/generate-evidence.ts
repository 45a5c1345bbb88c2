import { analyseUnanalysedOutcomes, type Database } from '@whatworks/db';
import { seededRandom, type Random } from './random.js';
import { planIntervention, type PlannedIntervention } from './synthetic-evidence.js';
import { tables, type NewRow } from './tables.js';

/** How much evidence to generate. */
export interface EvidenceSize {
	interventions: number;
	contrasts: number;
}

/** The tables the generator fills, in the order the report lists their sizes. */
const filledTables = [
	'interventions',
	'interventionTopics',
	'outcomeRatings',
	'ratingSnapshots',
	'studies',
	'contrasts'
] as const;

/** What was generated: every slug, for the requests, the rows of each table, and how long it took. */
export interface GeneratedEvidence {
	slugs: string[];
	rows: Record<(typeof filledTables)[number], number>;
	seconds: number;
}

/** Interventions planned and inserted per transaction. */
const interventionsPerBatch = 500;
/** Rows per INSERT statement: well under Postgres's 65 535 bind parameters. */
const rowsPerInsert = 1000;

/**
 * Fills an empty database with synthetic Evidence Store entries, deterministically: the same
 * size always gives the same data. Outcome ratings are computed in memory by the rating engine
 * and stored with the outcomes and the rating snapshots publishing would write. Reports
 * progress on stderr. Ends with what autovacuum would soon do on Postgres (PGlite has no
 * autovacuum): ANALYZE, so the planner knows the new table sizes, and VACUUM, which moves the
 * search index's pending entries into the index proper; until then every search scans them all.
 */
export async function generateEvidence(
	db: Database,
	size: EvidenceSize
): Promise<GeneratedEvidence> {
	const started = performance.now();
	const random = seededRandom(20_240_601);
	const contrastCounts = allocate(random, size.contrasts, size.interventions);
	const slugs: string[] = [];
	for (let first = 0; first < size.interventions; first += interventionsPerBatch) {
		const batch = contrastCounts
			.slice(first, first + interventionsPerBatch)
			.map((count, i) => planIntervention(random, first + i, count));
		await db.transaction((tx) => insertBatch(tx, batch));
		slugs.push(...batch.map((planned) => planned.row.slug));
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		process.stderr.write(
			`  ${slugs.length.toLocaleString('en-GB')} of ${size.interventions.toLocaleString('en-GB')} interventions (${seconds} s)\n`
		);
	}
	// As publishing does, each outcome keeps the analysis its page shows.
	process.stderr.write('  analysing each outcome, as publishing does\n');
	await analyseUnanalysedOutcomes(db);
	await db.execute('vacuum analyze');
	const seconds = (performance.now() - started) / 1000;
	const rows = {} as GeneratedEvidence['rows'];
	for (const table of filledTables) rows[table] = await db.$count(tables[table]);
	return { slugs, rows, seconds };
}

/**
 * Splits `total` contrasts over `count` interventions unevenly, as evidence is: a few entries
 * have dozens, most a handful, some none. Largest remainders make the sum exact.
 */
function allocate(random: Random, total: number, count: number): number[] {
	const weights = Array.from({ length: count }, () =>
		random.chance(0.05) ? 0 : Math.exp(random.normal(0, 0.9))
	);
	const sum = weights.reduce((a, b) => a + b, 0);
	const shares = weights.map((weight) => (weight * total) / sum);
	const counts = shares.map(Math.floor);
	let left = total - counts.reduce((a, b) => a + b, 0);
	const byRemainder = shares
		.map((share, index) => ({ index, remainder: share - Math.floor(share) }))
		.sort((a, b) => b.remainder - a.remainder);
	for (const { index } of byRemainder) {
		if (left-- <= 0) break;
		counts[index] = (counts[index] ?? 0) + 1;
	}
	return counts;
}

/** Inserts planned interventions, matching generated ids back by natural keys. */
async function insertBatch(db: Database, batch: readonly PlannedIntervention[]): Promise<void> {
	const interventionIds = new Map<string, number>();
	for (const rows of chunks(batch.map((p) => p.row))) {
		const inserted = await db
			.insert(tables.interventions)
			.values(rows)
			.returning({ id: tables.interventions.id, slug: tables.interventions.slug });
		for (const { id, slug } of inserted) interventionIds.set(slug, id);
	}
	const idOf = (planned: PlannedIntervention) => {
		const id = interventionIds.get(planned.row.slug);
		if (id === undefined) throw new Error(`${planned.row.slug} was not inserted`);
		return id;
	};

	for (const rows of chunks(
		batch.flatMap((p) => p.topics.map((topic) => ({ interventionId: idOf(p), topic })))
	)) {
		await db.insert(tables.interventionTopics).values(rows);
	}

	const outcomeIds = new Map<string, number>();
	for (const rows of chunks(
		batch.flatMap((p) => p.outcomes.map((o) => ({ ...o.row, interventionId: idOf(p) })))
	)) {
		const inserted = await db.insert(tables.outcomeRatings).values(rows).returning({
			id: tables.outcomeRatings.id,
			interventionId: tables.outcomeRatings.interventionId,
			position: tables.outcomeRatings.position
		});
		for (const row of inserted) outcomeIds.set(`${row.interventionId}/${row.position}`, row.id);
	}

	const snapshots: NewRow<'ratingSnapshots'>[] = [];
	for (const planned of batch) {
		for (const outcome of planned.outcomes) {
			const outcomeRatingId = outcomeIds.get(`${idOf(planned)}/${outcome.row.position}`);
			if (outcomeRatingId === undefined)
				throw new Error(`An outcome of ${planned.row.slug} was lost`);
			snapshots.push({ ...outcome.snapshot, outcomeRatingId });
		}
	}
	for (const rows of chunks(snapshots)) await db.insert(tables.ratingSnapshots).values(rows);

	const studyIds = new Map<string, number>();
	for (const rows of chunks(
		batch.flatMap((p) => p.studies.map((study) => ({ ...study, interventionId: idOf(p) })))
	)) {
		const inserted = await db.insert(tables.studies).values(rows).returning({
			id: tables.studies.id,
			interventionId: tables.studies.interventionId,
			label: tables.studies.label
		});
		for (const row of inserted) studyIds.set(`${row.interventionId}/${row.label}`, row.id);
	}

	const contrasts: NewRow<'contrasts'>[] = [];
	for (const planned of batch) {
		const interventionId = idOf(planned);
		for (const outcome of planned.outcomes) {
			const outcomeRatingId = outcomeIds.get(`${interventionId}/${outcome.row.position}`);
			for (const { studyIndex, row } of outcome.contrasts) {
				const studyId = studyIds.get(`${interventionId}/${planned.studies[studyIndex]?.label}`);
				if (outcomeRatingId === undefined || studyId === undefined) {
					throw new Error(`A contrast of ${planned.row.slug} lost its outcome or study`);
				}
				contrasts.push({ ...row, outcomeRatingId, studyId });
			}
		}
	}
	for (const rows of chunks(contrasts)) await db.insert(tables.contrasts).values(rows);
}

function chunks<T>(rows: readonly T[]): T[][] {
	const result: T[][] = [];
	for (let i = 0; i < rows.length; i += rowsPerInsert)
		result.push(rows.slice(i, i + rowsPerInsert));
	return result;
}
