import { ofstedInspectionSchema, type OfstedGrade, type OfstedInspection } from '@whatworks/domain';
import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { ofstedInspections } from '../schema/index.js';
import { readCsvTable, rowChecker } from './csv.js';
import {
	ImportRejectedError,
	writeChanged,
	type ImportIssue,
	type ImportInput,
	type ImportSummary
} from './import-result.js';

// ltla23cd, local_authority, region_code and inspector_name are not read: ltla23cd still holds
// the pre-2023 county codes for six reorganised councils, and we do not keep inspectors' names.
const requiredColumns = [
	'urn',
	'la_code',
	'gss_code_current',
	'inspection_report_url',
	'inspection_framework',
	'inspection_start_date',
	'overall_effectiveness_grade',
	'impact_of_leaders_grade',
	'help_and_protection_grade',
	'in_care_grade',
	'care_leavers_grade'
] as const;

/** The file's grade columns and the fields they fill. */
const gradeColumns = {
	overall_effectiveness_grade: 'overallEffectiveness',
	impact_of_leaders_grade: 'impactOfLeaders',
	help_and_protection_grade: 'helpAndProtection',
	in_care_grade: 'inCare',
	care_leavers_grade: 'careLeavers'
} as const;

const gradesByWord: Record<string, OfstedGrade> = {
	outstanding: 'outstanding',
	good: 'good',
	'requires improvement': 'requires-improvement',
	inadequate: 'inadequate'
};

/**
 * Words that mean "no judgement": pandas writes a missing grade as NaN, and inspections before
 * January 2023 gave no separate care leavers judgement.
 */
const noGrade = new Set(['', 'nan', 'none', 'inspection_pre_dates_judgement']);

const shape = ofstedInspectionSchema.shape;

/**
 * Reads the latest ILACS inspection of each authority (data-to-insight's
 * ofsted_ilacs_latest_by_la.csv format) and reports every bad row with its line number.
 * Pure: touches no database.
 */
export function parseOfstedInspections(csvText: string): {
	records: OfstedInspection[];
	issues: ImportIssue[];
} {
	const table = readCsvTable(csvText, requiredColumns);
	const records: OfstedInspection[] = [];
	const issues: ImportIssue[] = [...table.issues];
	const seenGss = new Map<string, number>();
	for (const row of table.rows) {
		const { line, get } = row;
		const { problems, check } = rowChecker(row);

		const gssCode = check(
			'gss_code_current',
			shape.gssCode.safeParse(get('gss_code_current')),
			'an ONS local authority code'
		);
		const dfeCode = check(
			'la_code',
			shape.dfeCode.safeParse(get('la_code')),
			'a three-digit DfE code'
		);
		const urn = check('urn', shape.urn.safeParse(get('urn')), 'a numeric Ofsted URN');
		const reportUrl = check(
			'inspection_report_url',
			shape.reportUrl.safeParse(get('inspection_report_url')),
			'an https address'
		);
		const frameworkWord = get('inspection_framework').toLowerCase();
		const framework = check(
			'inspection_framework',
			shape.framework.safeParse(['', 'nan', 'none'].includes(frameworkWord) ? null : frameworkWord),
			'"standard", "short" or None'
		);
		const startedOn = check(
			'inspection_start_date',
			shape.startedOn.safeParse(isoDate(get('inspection_start_date'))),
			'a date in dd/mm/yyyy'
		);
		const grades: Partial<
			Record<(typeof gradeColumns)[keyof typeof gradeColumns], OfstedGrade | null>
		> = {};
		for (const [name, field] of Object.entries(gradeColumns)) {
			const word = get(name).toLowerCase();
			grades[field] = noGrade.has(word)
				? null
				: check(name, shape[field].safeParse(gradesByWord[word]), 'an Ofsted grade');
		}

		if (gssCode !== undefined) {
			const firstLine = seenGss.get(gssCode);
			if (firstLine === undefined) seenGss.set(gssCode, line);
			else problems.push(`gss_code_current ${gssCode} repeats line ${firstLine}`);
		}

		const record = ofstedInspectionSchema.safeParse({
			gssCode,
			dfeCode,
			urn,
			framework,
			startedOn,
			reportUrl,
			...grades
		});
		if (problems.length > 0 || !record.success) {
			issues.push({ line, message: problems.join('; ') || 'is not a valid inspection' });
			continue;
		}
		records.push(record.data);
	}
	return { records, issues };
}

/**
 * dd/mm/yyyy as YYYY-MM-DD for the schema to check (it rejects impossible days such as
 * 31/02); empty is null, and anything else is passed on unchanged to be reported.
 */
function isoDate(text: string): string | null {
	if (text === '') return null;
	const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
	if (!match) return text;
	const [, day = '', month = '', year = ''] = match;
	return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * Imports the latest inspection of each authority, keyed by GSS code: new ones are inserted,
 * changed ones updated, the rest left alone, so running it again changes nothing. A file with any
 * bad row is rejected whole with {@link ImportRejectedError}, so nothing is half-imported.
 */
export async function importOfstedInspections(
	db: Database,
	{ text, source = 'Ofsted inspections file', onProgress }: ImportInput
): Promise<ImportSummary> {
	const { records, issues } = parseOfstedInspections(text);
	if (issues.length > 0) throw new ImportRejectedError(source, issues);

	return db.transaction(async (tx) => {
		const stored = await tx
			.select()
			.from(ofstedInspections)
			.where(
				inArray(
					ofstedInspections.gssCode,
					records.map((record) => record.gssCode)
				)
			);
		return writeChanged(records, {
			key: (record) => record.gssCode,
			stored: new Map(stored.map((row) => [row.gssCode, row])),
			differs: (record, row) =>
				Object.entries(record).some(([key, value]) => row[key as keyof typeof row] !== value),
			write: (batch) =>
				tx
					.insert(ofstedInspections)
					.values(batch)
					.onConflictDoUpdate({
						target: ofstedInspections.gssCode,
						set: {
							dfeCode: sql`excluded.dfe_code`,
							urn: sql`excluded.urn`,
							framework: sql`excluded.framework`,
							startedOn: sql`excluded.started_on`,
							overallEffectiveness: sql`excluded.overall_effectiveness`,
							impactOfLeaders: sql`excluded.impact_of_leaders`,
							helpAndProtection: sql`excluded.help_and_protection`,
							inCare: sql`excluded.in_care`,
							careLeavers: sql`excluded.care_leavers`,
							reportUrl: sql`excluded.report_url`
						}
					}),
			onProgress
		});
	});
}
