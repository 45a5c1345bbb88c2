import { describe, expect, it } from 'vitest';
import {
	evidenceColumns,
	roundEvidenceRecord,
	toEvidenceCsv,
	type EvidenceRecord
} from './open-data.js';

const record: EvidenceRecord = {
	intervention: 'Family Drug and Alcohol Courts',
	intervention_slug: 'family-drug-and-alcohol-courts',
	outcome: 'Family reunification',
	outcome_domain: 'permanence-and-reunification',
	effectiveness: 'tends-positive',
	strength: 'moderate',
	studies: 3,
	uk_studies: 1,
	metric: 'log-odds-ratio',
	pooled_estimate: -0.25,
	pooled_ci_lower: -0.5,
	pooled_ci_upper: 0.1,
	standards_version: '1.0.0',
	last_reviewed: '2019-06-01',
	source: 'published'
};

describe('toEvidenceCsv', () => {
	it('starts with a header row naming every column in dictionary order', () => {
		const [header] = toEvidenceCsv([]).split('\r\n');
		expect(header).toBe(evidenceColumns.map((column) => column.key).join(','));
	});

	it('writes one CRLF-terminated line per record, numbers as numbers and nulls as empty cells', () => {
		const csv = toEvidenceCsv([{ ...record, studies: null, pooled_estimate: null }]);
		const lines = csv.split('\r\n');
		expect(lines).toHaveLength(3);
		expect(lines[2]).toBe('');
		expect(lines[1]).toBe(
			'Family Drug and Alcohol Courts,family-drug-and-alcohol-courts,Family reunification,permanence-and-reunification,tends-positive,moderate,,1,log-odds-ratio,,-0.5,0.1,1.0.0,2019-06-01,published'
		);
	});

	it('defuses text a spreadsheet would run as a formula, and quotes commas and quotes', () => {
		const csv = toEvidenceCsv([
			{ ...record, intervention: '=HYPERLINK("http://x","y")', outcome: '@SUM(A1), "total"' }
		]);
		const row = csv.split('\r\n')[1] ?? '';
		expect(row.startsWith(`"'=HYPERLINK(""http://x"",""y"")"`)).toBe(true);
		expect(row).toContain(`"'@SUM(A1), ""total"""`);
	});

	it('writes pooled results to 4 decimal places, as short decimals without float noise', () => {
		const csv = toEvidenceCsv([
			{
				...record,
				pooled_estimate: 0.4000000000000001,
				pooled_ci_lower: 0.123456789,
				pooled_ci_upper: -0.00001
			}
		]);
		expect(csv.split('\r\n')[1]).toContain(',log-odds-ratio,0.4,0.1235,0,1.0.0,');
	});

	it('keeps non-ASCII text as it is', () => {
		expect(toEvidenceCsv([{ ...record, outcome: 'Café – wellbeing £' }])).toContain(
			'Café – wellbeing £'
		);
	});
});

describe('roundEvidenceRecord', () => {
	it('rounds every measured number to the decimal places of its column, and nothing else', () => {
		const rounded = roundEvidenceRecord({
			...record,
			pooled_estimate: 0.30000000000000004,
			pooled_ci_lower: -0.123456789,
			pooled_ci_upper: null
		});
		expect(rounded).toEqual({
			...record,
			pooled_estimate: 0.3,
			pooled_ci_lower: -0.1235,
			pooled_ci_upper: null
		});
		expect(JSON.stringify(rounded)).toContain('"pooled_estimate":0.3,"pooled_ci_lower":-0.1235,');
	});

	it('says in the column dictionary how far each measured column is rounded', () => {
		const rounded = evidenceColumns.filter((column) => 'decimals' in column);
		expect(rounded.map((column) => [column.key, column.decimals])).toEqual([
			['pooled_estimate', 4],
			['pooled_ci_lower', 4],
			['pooled_ci_upper', 4]
		]);
		expect(rounded.every((column) => column.description.includes('4 decimal places'))).toBe(true);
	});
});
