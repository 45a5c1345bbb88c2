import {
	dfeCodeSchema,
	gssCodeSchema,
	regionCodeSchema,
	slugify,
	type OrganisationType,
	type RegionCode
} from '@whatworks/domain';
import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { partners } from '../schema/index.js';
import { readCsvTable } from './csv.js';
import {
	ImportRejectedError,
	writeChanged,
	type ImportIssue,
	type ImportInput,
	type ImportOptions,
	type ImportSummary
} from './import-result.js';

/** A local authority as the importer writes it. */
export interface LocalAuthority {
	gssCode: string;
	dfeCode: string;
	name: string;
	region: RegionCode;
	type: OrganisationType;
}

const requiredColumns = [
	'gss_code',
	'dfe_la_code',
	'la_name',
	'region_gss_code',
	'la_type'
] as const;

/** DfE's `la_type`, with `lait_la_type` as the fallback when it is blank. */
const typesByLabel: Record<string, OrganisationType> = {
	'county council': 'county',
	'shire county': 'county',
	'metropolitan borough': 'metropolitan-district',
	'metropolitan district': 'metropolitan-district',
	'london borough': 'london-borough',
	'inner london borough': 'london-borough',
	'outer london borough': 'london-borough',
	'unitary authority': 'unitary'
};

/**
 * Reads the DfE list of local authorities with children's services (england_childrens_services_las.csv
 * format) and reports every bad row with its line number. Pure: touches no database.
 */
export function parseLocalAuthorities(csvText: string): {
	authorities: LocalAuthority[];
	issues: ImportIssue[];
} {
	const table = readCsvTable(csvText, requiredColumns);
	const authorities: LocalAuthority[] = [];
	const issues: ImportIssue[] = [...table.issues];
	const seenGss = new Map<string, number>();
	const seenDfe = new Map<string, number>();
	for (const { line, get } of table.rows) {
		const problems: string[] = [];
		const gss = gssCodeSchema.safeParse(get('gss_code'));
		const dfe = dfeCodeSchema.safeParse(get('dfe_la_code'));
		const region = regionCodeSchema.safeParse(get('region_gss_code'));
		const typeLabel = (get('la_type') || get('lait_la_type')).toLowerCase();
		const type = typesByLabel[typeLabel];
		const name = get('la_name');
		if (!gss.success)
			problems.push(`gss_code "${get('gss_code')}" is not an ONS local authority code`);
		if (!dfe.success)
			problems.push(`dfe_la_code "${get('dfe_la_code')}" is not a three-digit DfE code`);
		if (!name) problems.push('la_name is empty');
		if (!region.success)
			problems.push(`region_gss_code "${get('region_gss_code')}" is not an English region`);
		if (!type) problems.push(`la_type "${typeLabel}" is not a known type of local authority`);
		if (gss.success && seenGss.has(gss.data)) {
			problems.push(`gss_code ${gss.data} repeats line ${seenGss.get(gss.data)}`);
		}
		if (dfe.success && seenDfe.has(dfe.data)) {
			problems.push(`dfe_la_code ${dfe.data} repeats line ${seenDfe.get(dfe.data)}`);
		}
		if (gss.success && !seenGss.has(gss.data)) seenGss.set(gss.data, line);
		if (dfe.success && !seenDfe.has(dfe.data)) seenDfe.set(dfe.data, line);

		if (problems.length > 0 || !gss.success || !dfe.success || !region.success || !type) {
			issues.push({ line, message: problems.join('; ') });
			continue;
		}
		authorities.push({ gssCode: gss.data, dfeCode: dfe.data, name, region: region.data, type });
	}
	return { authorities, issues };
}

/**
 * Imports local authorities as partners, keyed by GSS code: new ones are inserted, changed ones
 * updated, the rest left alone, so running it again changes nothing. A file with any bad row is
 * rejected whole with {@link ImportRejectedError}, so nothing is half-imported.
 */
export async function importLocalAuthorities(
	db: Database,
	{ text, source = 'local authorities file', onProgress }: ImportInput
): Promise<ImportSummary> {
	const { authorities, issues } = parseLocalAuthorities(text);
	if (issues.length > 0) throw new ImportRejectedError(source, issues);
	return upsertLocalAuthorities(db, { authorities, onProgress });
}

/** Writes local authorities as partners in one transaction; see {@link importLocalAuthorities}. */
export async function upsertLocalAuthorities(
	db: Database,
	{
		authorities,
		onProgress
	}: { authorities: LocalAuthority[]; onProgress?: ImportOptions['onProgress'] }
): Promise<ImportSummary> {
	return db.transaction(async (tx) => {
		const stored = await tx
			.select()
			.from(partners)
			.where(
				inArray(
					partners.gssCode,
					authorities.map((la) => la.gssCode)
				)
			);
		return writeChanged(authorities, {
			key: (la) => la.gssCode,
			stored: new Map(stored.map((row) => [row.gssCode ?? '', row])),
			differs: (la, row) =>
				row.name !== la.name ||
				row.dfeCode !== la.dfeCode ||
				row.region !== la.region ||
				row.type !== la.type,
			write: (batch) =>
				tx
					.insert(partners)
					.values(batch.map((la) => ({ ...la, slug: slugify(la.name) })))
					.onConflictDoUpdate({
						target: partners.gssCode,
						set: {
							name: sql`excluded.name`,
							dfeCode: sql`excluded.dfe_code`,
							region: sql`excluded.region`,
							type: sql`excluded.type`,
							updatedAt: sql`now()`
						}
					}),
			onProgress
		});
	});
}
