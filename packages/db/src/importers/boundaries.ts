import type { AreaBoundary } from '@whatworks/domain';
import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { areaBoundaries } from '../schema/index.js';
import { readBoundaryFile } from './boundary-file.js';
import { drawAreas } from './boundary-map.js';
import {
	ImportRejectedError,
	type ImportIssue,
	writeChanged,
	type ImportInput,
	type ImportOptions,
	type ImportSummary
} from './import-result.js';

/** The most areas one import may remove: more means the file is not the whole map. */
const maxRetiredAreas = 10;

/**
 * Reads a boundary file (see {@link readBoundaryFile}) and draws its areas for the site's map (see
 * {@link drawAreas}). An area too small to draw at map scale is a problem on its feature's line.
 * Pure: touches no database.
 * @example parseBoundaries(readFileSync('england_utla_2023_buc.topojson', 'utf8')).areas.length // 153
 */
export function parseBoundaries(text: string): { areas: AreaBoundary[]; issues: ImportIssue[] } {
	const file = readBoundaryFile(text);
	const paths = drawAreas(
		file.topology,
		file.areas.map((area) => area.gssCode)
	);
	const areas: AreaBoundary[] = [];
	const issues = [...file.issues];
	file.areas.forEach(({ gssCode, name, line, number }, index) => {
		const path = paths[index];
		if (path) areas.push({ gssCode, name, path });
		else {
			issues.push({
				line,
				message: `feature ${number} (${gssCode}): the outline is too small to draw at map scale`
			});
		}
	});
	return { areas, issues: issues.sort((a, b) => a.line - b.line) };
}

/**
 * Imports the upper-tier authorities' boundaries (england_utla_2023_buc.topojson or .geojson
 * format), projected once here into the site map's SVG paths and keyed by GSS code: new areas are
 * inserted, changed ones updated, the rest left alone, so running it again changes nothing. A file
 * with any bad feature is rejected whole with {@link ImportRejectedError}, so nothing is
 * half-imported. The same outline gives the same path from either format but for rounding, so
 * switching format updates only areas whose rounded points differ. The file is the whole map:
 * areas it no longer has (after a reorganisation) are removed, so old outlines never overlap.
 */
export async function importBoundaries(
	db: Database,
	{ text, source = 'boundaries file', onProgress }: ImportInput
): Promise<ImportSummary> {
	const { areas, issues } = parseBoundaries(text);
	if (issues.length > 0) throw new ImportRejectedError(source, issues);
	return upsertBoundaries(db, { areas, source, onProgress });
}

/** Writes boundaries in one transaction; see {@link importBoundaries}. */
async function upsertBoundaries(
	db: Database,
	{
		areas,
		source,
		onProgress
	}: { areas: AreaBoundary[]; source: string; onProgress?: ImportOptions['onProgress'] }
): Promise<ImportSummary> {
	return db.transaction(async (tx) => {
		// A reorganisation retires a handful of areas; a file missing many is a part of the map.
		const codes = new Set(areas.map((area) => area.gssCode));
		const stored = await tx.select().from(areaBoundaries);
		const missing = stored.map((row) => row.gssCode).filter((code) => !codes.has(code));
		if (missing.length > maxRetiredAreas) {
			throw new ImportRejectedError(source, [
				{
					line: 1,
					message: `The file lacks ${missing.length} of the map's areas (${missing.slice(0, 3).join(', ')}…): a boundary file must cover all of England`
				}
			]);
		}
		const summary = await writeChanged(areas, {
			key: (area) => area.gssCode,
			stored: new Map(stored.map((row) => [row.gssCode, row])),
			differs: (area, row) => row.name !== area.name || row.path !== area.path,
			write: (batch) =>
				tx
					.insert(areaBoundaries)
					.values(batch)
					.onConflictDoUpdate({
						target: areaBoundaries.gssCode,
						set: { name: sql`excluded.name`, path: sql`excluded.path` }
					}),
			onProgress
		});
		if (missing.length > 0) {
			await tx.delete(areaBoundaries).where(inArray(areaBoundaries.gssCode, missing));
		}
		return { ...summary, removed: missing.length };
	});
}
