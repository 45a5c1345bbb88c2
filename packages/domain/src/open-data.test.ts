import { describe, expect, it } from 'vitest';
import { evidenceColumns, toEvidenceCsv, type EvidenceRecord } from './open-data.js';

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

	it('keeps non-ASCII text as it is', () => {
		expect(toEvidenceCsv([{ ...record, outcome: 'Café – wellbeing £' }])).toContain(
			'Café – wellbeing £'
		);
	});
});
