import { describe, expect, it } from 'vitest';
import { ofstedInspectionSchema } from './area-statistics.js';

const inspection = {
	gssCode: 'E09000022',
	dfeCode: '208',
	urn: '80506',
	framework: 'standard',
	startedOn: '2026-01-12',
	overallEffectiveness: 'good',
	impactOfLeaders: 'good',
	helpAndProtection: 'requires-improvement',
	inCare: 'good',
	careLeavers: null,
	reportUrl: 'https://files.ofsted.gov.uk/v1/file/50296623'
};

describe('ofstedInspectionSchema', () => {
	it('accepts an inspection whose report is on Ofsted’s own site, with a judgement missing', () => {
		expect(ofstedInspectionSchema.parse(inspection)).toEqual(inspection);
	});

	it('refuses report links that are not https addresses on Ofsted’s hosts', () => {
		for (const reportUrl of [
			'http://files.ofsted.gov.uk/v1/file/1',
			'https://files.ofsted.gov.uk.example.com/v1/file/1',
			'javascript:alert(1)'
		]) {
			expect(
				ofstedInspectionSchema.safeParse({ ...inspection, reportUrl }).success,
				reportUrl
			).toBe(false);
		}
	});
});
