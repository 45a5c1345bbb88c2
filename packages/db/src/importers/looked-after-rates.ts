import { dfeCodeSchema, gssCodeSchema, lookedAfterRateSchema } from '@whatworks/domain';
import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { lookedAfterRates } from '../schema/index.js';
import { parseCsv } from './csv.js';
import {
	importBatchSize,
	ImportRejectedError,
	type ImportIssue,
	type ImportOptions,
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
	const [header, ...rows] = parseCsv(csvText);
	if (!header) return { records: [], issues: [{ line: 1, message: 'The file is empty' }] };
	const column = new Map(header.fields.map((name, index) => [name.trim(), index]));
	const missing = requiredColumns.filter((name) => !column.has(name));
	if (missing.length > 0) {
		return {
			records: [],
			issues: [{ line: 1, message: `Missing column(s): ${missing.join(', ')}` }]
		};
	}

	const records: LookedAfterRateRecord[] = [];
	const issues: ImportIssue[] = [];
	const seen = new Map<string, number>();
	for (const { line, fields } of rows) {
		const get = (name: string) => fields[column.get(name) ?? -1]?.trim() ?? '';
		const problems: string[] = [];
		const check = <T>(
			name: string,
			result: { success: true; data: T } | { success: false },
			expected: string
		): T | undefined => {
			if (result.success) return result.data;
			problems.push(`${name} "${get(name)}" is not ${expected}`);
			return undefined;
		};
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
	csvText: string,
	{ source = 'looked-after rates file', onProgress }: ImportOptions = {}
): Promise<ImportSummary> {
	const { records, issues } = parseLookedAfterRates(csvText);
	if (issues.length > 0) throw new ImportRejectedError(source, issues);

	const keyOf = (rate: { dfeCode: string; year: number }) => `${rate.dfeCode}/${rate.year}`;
	return db.transaction(async (tx) => {
		const existing = new Map(
			(
				await tx
					.select()
					.from(lookedAfterRates)
					.where(
						inArray(lookedAfterRates.dfeCode, [...new Set(records.map((rate) => rate.dfeCode))])
					)
			).map((row) => [keyOf(row), row])
		);
		// Rates are stored as `real`, so compare them at that precision rather than as doubles.
		const changed = records.filter((rate) => {
			const row = existing.get(keyOf(rate));
			return (
				!row ||
				row.gssCode !== rate.gssCode ||
				row.areaName !== rate.areaName ||
				row.count !== rate.count ||
				(row.ratePer10k === null || rate.ratePer10k === null
					? row.ratePer10k !== rate.ratePer10k
					: Math.fround(row.ratePer10k) !== Math.fround(rate.ratePer10k))
			);
		});
		for (let start = 0; start < changed.length; start += importBatchSize) {
			const batch = changed.slice(start, start + importBatchSize);
			await tx
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
				});
			onProgress?.({ done: start + batch.length, total: changed.length });
		}
		const inserted = changed.filter((rate) => !existing.has(keyOf(rate))).length;
		return {
			inserted,
			updated: changed.length - inserted,
			unchanged: records.length - changed.length
		};
	});
}
