import { dfeCodeSchema, gssCodeSchema, lookedAfterRateSchema } from '@whatworks/domain';
import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { lookedAfterRates } from '../schema/index.js';
import { readCsvTable, rowChecker } from './csv.js';
import {
	ImportRejectedError,
	writeChanged,
	type ImportIssue,
	type ImportInput,
	type ImportSummary
} from './import-result.js';

/** One area's rate of children looked after at 31 March of one year, as the importer writes it. */
export interface LookedAfterRateRecord {
	dfeCode: string;
	/** Null for England (970) and the regions (980–990), which DfE gives no GSS code here. */
	gssCode: string | null;
	areaName: string;
	year: number;
	ratePer10k: number | null;
	count: number | null;
}

const requiredColumns = [
	'dfe_la_code',
	'gss_code',
	'area_name',
	'year_31_march',
	'cla_rate_per_10k',
	'cla_number'
] as const;

/** DfE's marks for a figure it does not publish (suppressed, not applicable, not available). */
const suppressed = new Set(['', '-', 'c', 'x', 'z', '..']);

const shape = lookedAfterRateSchema.shape;

/**
 * Reads DfE's time series of children looked after per 10,000 children
 * (cla_rate_per_10k_timeseries.csv format) and reports every bad row with its line number.
 * Pure: touches no database.
 */
export function parseLookedAfterRates(csvText: string): {
	records: LookedAfterRateRecord[];
	issues: ImportIssue[];
} {
	const table = readCsvTable(csvText, requiredColumns);
	const records: LookedAfterRateRecord[] = [];
	const issues: ImportIssue[] = [...table.issues];
	const seen = new Map<string, number>();
	for (const row of table.rows) {
		const { line, get } = row;
		const { problems, check } = rowChecker(row);
		/** A figure, or null when suppressed; NaN (rejected by the schema) when not a number. */
		const figure = (name: string) =>
			suppressed.has(get(name).toLowerCase())
				? null
				: /^-?\d+(\.\d+)?$/.test(get(name))
					? Number(get(name))
					: Number.NaN;

		const dfeCode = check(
			'dfe_la_code',
			dfeCodeSchema.safeParse(get('dfe_la_code')),
			'a three-digit DfE code'
		);
		const gssCode = get('gss_code')
			? check('gss_code', gssCodeSchema.safeParse(get('gss_code')), 'an ONS local authority code')
			: null;
		const areaName = get('area_name');
		if (!areaName) problems.push('area_name is empty');
		const year = check(
			'year_31_march',
			shape.year.safeParse(
				/^\d+$/.test(get('year_31_march')) ? Number(get('year_31_march')) : Number.NaN
			),
			'a year from 1990 to 2100'
		);
		const ratePer10k = check(
			'cla_rate_per_10k',
			shape.ratePer10k.safeParse(figure('cla_rate_per_10k')),
			'a rate of zero or more, or "-" when suppressed'
		);
		const count = check(
			'cla_number',
			shape.count.safeParse(figure('cla_number')),
			'a whole number of children, or "-" when suppressed'
		);

		if (dfeCode !== undefined && year !== undefined) {
			const key = `${dfeCode}/${year}`;
			const firstLine = seen.get(key);
			if (firstLine === undefined) seen.set(key, line);
			else problems.push(`dfe_la_code ${dfeCode} for ${year} repeats line ${firstLine}`);
		}

		if (
			problems.length > 0 ||
			dfeCode === undefined ||
			gssCode === undefined ||
			year === undefined ||
			ratePer10k === undefined ||
			count === undefined
		) {
			issues.push({ line, message: problems.join('; ') });
			continue;
		}
		records.push({ dfeCode, gssCode, areaName, year, ratePer10k, count });
	}
	return { records, issues };
}

/**
 * Imports the looked-after rates, keyed by DfE code and year: new figures are inserted, changed
 * ones updated, the rest left alone, so running it again changes nothing. A file with any bad row
 * is rejected whole with {@link ImportRejectedError}, so nothing is half-imported.
 */
export async function importLookedAfterRates(
	db: Database,
	{ text, source = 'looked-after rates file', onProgress }: ImportInput
): Promise<ImportSummary> {
	const { records, issues } = parseLookedAfterRates(text);
	if (issues.length > 0) throw new ImportRejectedError(source, issues);

	const keyOf = (rate: { dfeCode: string; year: number }) => `${rate.dfeCode}/${rate.year}`;
	return db.transaction(async (tx) => {
		const stored = await tx
			.select()
			.from(lookedAfterRates)
			.where(inArray(lookedAfterRates.dfeCode, [...new Set(records.map((rate) => rate.dfeCode))]));
		return writeChanged(records, {
			key: keyOf,
			stored: new Map(stored.map((row) => [keyOf(row), row])),
			// Rates are stored as `real`, so compare them at that precision rather than as doubles.
			differs: (rate, row) =>
				row.gssCode !== rate.gssCode ||
				row.areaName !== rate.areaName ||
				row.count !== rate.count ||
				(row.ratePer10k === null || rate.ratePer10k === null
					? row.ratePer10k !== rate.ratePer10k
					: Math.fround(row.ratePer10k) !== Math.fround(rate.ratePer10k)),
			write: (batch) =>
				tx
					.insert(lookedAfterRates)
					.values(batch)
					.onConflictDoUpdate({
						target: [lookedAfterRates.dfeCode, lookedAfterRates.year],
						set: {
							gssCode: sql`excluded.gss_code`,
							areaName: sql`excluded.area_name`,
							ratePer10k: sql`excluded.rate_per10k`,
							count: sql`excluded.count`
						}
					}),
			onProgress
		});
	});
}
