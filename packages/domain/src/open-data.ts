import { z } from 'zod';
import { isoDateSchema, slugSchema } from './common.js';
import { outcomeDomainSchema, ratingSourceSchema } from './outcome.js';
import { effectivenessSchema, strengthSchema } from './ratings.js';
import { decimalPlaces, formatDecimal, roundTo } from './rounding.js';
import { effectMetricSchema } from './study.js';

/** One published outcome rating, as the open data downloads carry it. */
export type EvidenceRecord = z.infer<typeof evidenceRecordSchema>;
/** Validates one row of the open data. */
export const evidenceRecordSchema = z.object({
	intervention: z.string(),
	intervention_slug: slugSchema,
	outcome: z.string(),
	outcome_domain: outcomeDomainSchema,
	effectiveness: effectivenessSchema,
	strength: strengthSchema,
	studies: z.int().min(0).nullable(),
	uk_studies: z.int().min(0).nullable(),
	metric: effectMetricSchema.nullable(),
	pooled_estimate: z.number().nullable(),
	pooled_ci_lower: z.number().nullable(),
	pooled_ci_upper: z.number().nullable(),
	standards_version: z.string().nullable(),
	last_reviewed: isoDateSchema.nullable(),
	source: ratingSourceSchema
});

/** A column of the open data and what it means. */
export interface EvidenceColumn {
	readonly key: keyof EvidenceRecord;
	readonly description: string;
	/** For a column of measured numbers, how many decimal places it is published to. */
	readonly decimals?: number;
}

const toPlaces = `, to ${decimalPlaces.estimate} decimal places`;

/**
 * The columns of the open data, in download order, with the meaning of each and, for measured
 * numbers, the decimal places they are published to: the CSV header, the JSON keys, the rounding
 * of both and the column dictionary on the open data page all come from this list.
 * @example evidenceColumns[0].key // 'intervention'
 */
export const evidenceColumns = [
	{ key: 'intervention', description: 'Name of the intervention.' },
	{
		key: 'intervention_slug',
		description: 'Stable identifier; the page is /evidence-store/{slug}.'
	},
	{ key: 'outcome', description: 'The outcome rated, e.g. "Recurrence of maltreatment".' },
	{ key: 'outcome_domain', description: 'The group of outcomes it belongs to, e.g. child-safety.' },
	{
		key: 'effectiveness',
		description:
			'Effectiveness rating: consistently-positive, tends-positive, mixed, no-effect, negative or insufficient.'
	},
	{ key: 'strength', description: 'Strength of evidence: very-low, low, moderate or high.' },
	{ key: 'studies', description: 'Number of studies the rating rests on (k); empty if not known.' },
	{
		key: 'uk_studies',
		description: 'Of those, studies carried out in the UK; empty if not known.'
	},
	{
		key: 'metric',
		description:
			'Effect metric of the pooled result: smd (Hedges g), log-odds-ratio or log-risk-ratio; empty without coded studies.'
	},
	{
		key: 'pooled_estimate',
		description: `Pooled effect on that metric (ratios on the log scale), signed so that positive values favour the intervention${toPlaces}.`,
		decimals: decimalPlaces.estimate
	},
	{
		key: 'pooled_ci_lower',
		description: `Lower end of the 95% confidence interval of the pooled effect${toPlaces}.`,
		decimals: decimalPlaces.estimate
	},
	{
		key: 'pooled_ci_upper',
		description: `Upper end of the 95% confidence interval of the pooled effect${toPlaces}.`,
		decimals: decimalPlaces.estimate
	},
	{
		key: 'standards_version',
		description: 'Version of the Evidence Standards the rating was made by.'
	},
	{ key: 'last_reviewed', description: 'Date the evidence was last reviewed (YYYY-MM-DD).' },
	{
		key: 'source',
		description: 'published: a real published rating; illustrative: demo data, not a finding.'
	}
] as const satisfies readonly EvidenceColumn[];

// Read through the interface: most columns of the dictionary carry no `decimals` at all.
const decimalsOf = (column: EvidenceColumn) => column.decimals;

/**
 * A record with its measured numbers rounded to the decimal places their columns are published
 * to, so JSON readers get `0.4`, not `0.4000000000000001`.
 * @example roundEvidenceRecord({ ...record, pooled_estimate: 0.31234567 }).pooled_estimate // 0.3123
 */
export function roundEvidenceRecord(record: EvidenceRecord): EvidenceRecord {
	const rounded = { ...record };
	for (const column of evidenceColumns) {
		const value = record[column.key];
		const places = decimalsOf(column);
		if (places !== undefined && typeof value === 'number') {
			Object.assign(rounded, { [column.key]: roundTo(value, places) });
		}
	}
	return rounded;
}

// Spreadsheets run cells starting with these as formulas (OWASP "CSV injection").
const formulaStart = /^[=+\-@\t\r]/;

function csvCell(value: string | number | null, decimals: number | undefined): string {
	if (value === null) return '';
	if (typeof value === 'number') {
		return decimals === undefined ? String(value) : formatDecimal(value, decimals);
	}
	const text = formulaStart.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes the open data as CSV (RFC 4180, CRLF, header row). Text that a spreadsheet would run
 * as a formula is prefixed with an apostrophe; measured numbers are written to the decimal
 * places of their column, as plain decimals without trailing zeros.
 * @example toEvidenceCsv([]) // 'intervention,intervention_slug,…,source\r\n'
 */
export function toEvidenceCsv(records: readonly EvidenceRecord[]): string {
	const lines = [
		evidenceColumns.map((column) => column.key).join(','),
		...records.map((record) =>
			evidenceColumns.map((column) => csvCell(record[column.key], decimalsOf(column))).join(',')
		)
	];
	return lines.map((line) => `${line}\r\n`).join('');
}
