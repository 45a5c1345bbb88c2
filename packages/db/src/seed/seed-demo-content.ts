import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../client.js';
import { analyseUnanalysedOutcomes } from '../queries/ratings.js';
import { recordOnce } from '../queries/app-events.js';
import { interventionRowOf } from '../queries/intervention-rows.js';
import { importBoundaries } from '../importers/boundaries.js';
import { dataImports } from '../importers/data-imports.js';
import { importLocalAuthorities, upsertLocalAuthorities } from '../importers/local-authorities.js';
import {
	areaBoundaries,
	interventions,
	interventionTopics,
	outcomeRatings,
	partners
} from '../schema/index.js';
import { seedDemoStudies } from './demo-studies.js';
import { publishedAt, seedInterventions } from './interventions.js';
import { programmeAuthorities } from './programmes.js';
import { seedNews } from './seed-news.js';
import { seedNewsletters } from './seed-newsletters.js';
import { seedResearch } from './seed-research.js';

/** What seeding added this time, for the start-up log. */
export interface SeedOutcome {
	/** Whether anything was added; false when every step had been done before. */
	seeded: boolean;
	interventions: number;
	partners: number;
	studies: number;
	/** Where the local authorities came from, when they were added this time. */
	localAuthoritySource: string | null;
}

const seedEventKey = 'demo-content-seeded';

/**
 * Seeds the demo content once per database, in steps each recorded when done: the Evidence Store
 * interventions and every English local authority when the data directory has the DfE list (else
 * the authorities the programmes name); the study data behind the ratings, rated by the engine;
 * then the programmes, their partners, research projects, protocols and publications; the news
 * and its authors; e-newsletters no.13 and no.16; and, when
 * the data directory has them, the Ofsted inspections, looked-after rates and boundaries (and,
 * for a database whose boundaries were drawn by an older importer, the boundaries drawn again).
 * Entries and their first ratings are dated the day the Evidence Store published them, not the
 * day of seeding; seeding writes nothing to the audit log, which records only what staff do.
 * Later starts find each step recorded and change nothing, so edits survive restarts, and a
 * database seeded before a step existed gets just that step.
 */
export async function seedDemoContent(
	db: Database,
	options: { dataDir?: string | undefined } = {}
): Promise<SeedOutcome> {
	const content = await seedEvidenceAndPartners(db, options.dataDir);
	const studies = await seedDemoStudies(db);
	// Outcomes the studies did not rate (published ratings without coded studies) get theirs too.
	await analyseUnanalysedOutcomes(db);
	const research = await seedResearch(db);
	const news = await seedNews(db);
	const newsletters = await seedNewsletters(db);
	// Before the area data, so a new database records the redrawing as done and draws once.
	const redrawn = options.dataDir ? await redrawBoundaries(db, options.dataDir) : false;
	const areaData = options.dataDir ? await importAreaData(db, options.dataDir) : false;
	return {
		seeded:
			content !== null || studies > 0 || research || news || newsletters || areaData || redrawn,
		interventions: content?.interventions ?? 0,
		// Counted after every step, so the organisations the programmes add are included.
		partners: content ? await db.$count(partners) : 0,
		studies,
		localAuthoritySource: content?.localAuthoritySource ?? null
	};
}

async function seedEvidenceAndPartners(db: Database, dataDir: string | undefined) {
	return db.transaction(async (tx) => {
		if (!(await recordOnce(tx, { key: seedEventKey }))) return null;

		for (const item of seedInterventions) {
			const [row] = await tx
				.insert(interventions)
				.values({
					...interventionRowOf(item),
					evidenceLastReviewed: item.evidenceLastReviewed,
					pageUpdated: item.pageUpdated,
					createdAt: publishedAt(item)
				})
				.returning({ id: interventions.id });
			if (!row) throw new Error(`Could not seed ${item.slug}`);
			await tx
				.insert(interventionTopics)
				.values(item.topics.map((topic) => ({ interventionId: row.id, topic })));
			await tx.insert(outcomeRatings).values(
				item.outcomes.map((outcome, position) => ({
					...outcome,
					position,
					interventionId: row.id
				}))
			);
		}

		const csvPath = dataDir ? join(dataDir, dataImports['local-authorities'].file) : null;
		const fromFile = csvPath !== null && existsSync(csvPath);
		if (fromFile) {
			await importLocalAuthorities(tx, { text: readFileSync(csvPath, 'utf8'), source: csvPath });
		} else {
			await upsertLocalAuthorities(tx, { authorities: programmeAuthorities });
		}

		return {
			interventions: seedInterventions.length,
			localAuthoritySource: fromFile ? csvPath : 'the programme partners built into the seed'
		};
	});
}

const areaDataEventKey = 'area-data-imported';
const areaDataImports = ['ofsted-inspections', 'looked-after-rates', 'boundaries'] as const;

/**
 * Imports the official statistics and boundaries from the data directory, once. Skipped (and
 * tried again on the next start) while any of the files is missing.
 */
async function importAreaData(db: Database, dataDir: string): Promise<boolean> {
	const files = areaDataImports.map((key) => join(dataDir, dataImports[key].file));
	if (!files.every((file) => existsSync(file))) return false;
	return db.transaction(async (tx) => {
		if (!(await recordOnce(tx, { key: areaDataEventKey }))) return false;
		for (const [index, key] of areaDataImports.entries()) {
			const file = files[index] as string;
			await dataImports[key].run(tx, { text: readFileSync(file, 'utf8'), source: file });
		}
		return true;
	});
}

const boundariesRedrawnEventKey = 'boundaries-redrawn-simplified';

/**
 * Draws the boundaries again from the data directory's file, once, for a database whose map was
 * imported before boundaries were simplified and written as relative path data (the partners page
 * carried 97 KB of outlines; now under 40 KB). A database with no boundaries yet just records the
 * step: its first import draws them the new way. Skipped (and tried again on the next start)
 * while the file is missing.
 */
async function redrawBoundaries(db: Database, dataDir: string): Promise<boolean> {
	const file = join(dataDir, dataImports.boundaries.file);
	if (!existsSync(file)) return false;
	return db.transaction(async (tx) => {
		if (!(await recordOnce(tx, { key: boundariesRedrawnEventKey }))) return false;
		if ((await tx.$count(areaBoundaries)) === 0) return false;
		const { updated } = await importBoundaries(tx, {
			text: readFileSync(file, 'utf8'),
			source: file
		});
		return updated > 0;
	});
}
