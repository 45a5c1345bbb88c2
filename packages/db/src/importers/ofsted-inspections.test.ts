import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client.js';
import { defaultDataDir } from '../paths.js';
import { ofstedInspections } from '../schema/index.js';
import { openTestDatabase, testDatabaseKinds } from '../testing/test-databases.js';
import { ImportRejectedError, type ImportProgress } from './import-result.js';
import { importOfstedInspections, parseOfstedInspections } from './ofsted-inspections.js';

const realFile = readFileSync(
	join(process.env.WHATWORKS_DATA_DIR ?? defaultDataDir, 'ofsted_ilacs_latest_by_la.csv'),
	'utf8'
);
const header =
	'urn,la_code,region_code,ltla23cd,local_authority,inspection_report_url,overall_effectiveness_grade,inspection_framework,inspector_name,inspection_start_date,impact_of_leaders_grade,help_and_protection_grade,in_care_grade,care_leavers_grade,gss_code_current';
const lambeth =
	'80506,208,GL,E09000022,Lambeth,https://files.ofsted.gov.uk/v1/file/50296623,good,standard,Jenny -Ellen Scotland,12/01/2026,good,requires improvement,good,outstanding,E09000022';
const barnsley =
	'80426,370,YH,E08000016,Barnsley,https://files.ofsted.gov.uk/v1/file/50231520,good,short,Anna Gravelle,11/09/2023,good,requires improvement,good,good,E08000016';

describe('parseOfstedInspections', () => {
	it('reads all 153 authorities’ latest inspections from the file without an issue', () => {
		const { records, issues } = parseOfstedInspections(realFile);
		expect(issues).toEqual([]);
		expect(records).toHaveLength(153);
		expect(records.find((r) => r.gssCode === 'E09000022')).toEqual({
			gssCode: 'E09000022',
			dfeCode: '208',
			urn: '80506',
			framework: 'standard',
			startedOn: '2026-01-12',
			overallEffectiveness: 'good',
			impactOfLeaders: 'good',
			helpAndProtection: 'requires-improvement',
			inCare: 'good',
			careLeavers: 'outstanding',
			reportUrl: 'https://files.ofsted.gov.uk/v1/file/50296623'
		});
	});

	it('keys reorganised councils by their current GSS code, not ltla23cd', () => {
		const { records } = parseOfstedInspections(realFile);
		const codes = records.map((r) => r.gssCode);
		expect(codes).toContain('E06000066'); // Somerset, E10000027 in ltla23cd
		expect(codes).toContain('E06000063'); // Cumberland
		expect(codes).toContain('E06000064'); // Westmorland and Furness
		expect(codes).not.toContain('E10000006'); // the old Cumbria, in both their ltla23cd
	});

	it('keeps missing judgements, framework and dates as null', () => {
		const { records } = parseOfstedInspections(realFile);
		const byCode = new Map(records.map((r) => [r.gssCode, r]));
		// Brent and Somerset's overall grades are NaN in the file.
		expect(records.filter((r) => r.overallEffectiveness === null).map((r) => r.gssCode)).toEqual([
			'E09000005',
			'E06000066'
		]);
		expect(byCode.get('E09000005')?.impactOfLeaders).toBe('good');
		// Brighton and Hove: framework None and no start date.
		expect(byCode.get('E06000043')).toMatchObject({
			framework: null,
			startedOn: null,
			overallEffectiveness: 'outstanding'
		});
		// Inspections before 2023 gave no care leavers judgement.
		expect(records.filter((r) => r.careLeavers === null)).toHaveLength(7);
	});

	it('reports a missing column on the header line', () => {
		const { issues } = parseOfstedInspections(
			`${header.replace(',gss_code_current', '')}\n${lambeth.replace(/,E09000022$/, '')}\n`
		);
		expect(issues).toEqual([
			{ line: 1, message: expect.stringContaining('gss_code_current') as string }
		]);
	});

	it('reports bad codes, grades, dates, addresses and duplicates with their line numbers', () => {
		const { records, issues } = parseOfstedInspections(
			[
				header,
				lambeth,
				barnsley.replace(/,E08000016$/, ',W06000001'),
				lambeth,
				barnsley.replace(',good,short,', ',brilliant,short,'),
				barnsley.replace('11/09/2023', '31/02/2024'),
				barnsley.replace('https://', 'http://'),
				barnsley.replace(',370,', ',37,')
			].join('\n')
		);
		expect(records.map((r) => r.gssCode)).toEqual(['E09000022']);
		expect(issues.map((issue) => issue.line)).toEqual([3, 4, 5, 6, 7, 8]);
		expect(issues[0]?.message).toMatch(/gss_code_current "W06000001"/);
		expect(issues[1]?.message).toMatch(/gss_code_current E09000022 repeats line 2/);
		expect(issues[2]?.message).toMatch(/overall_effectiveness_grade "brilliant"/);
		expect(issues[3]?.message).toMatch(/inspection_start_date "31\/02\/2024"/);
		expect(issues[4]?.message).toMatch(/inspection_report_url "http:\/\//);
		expect(issues[5]?.message).toMatch(/la_code "37"/);
	});
});

describe.each(testDatabaseKinds)('importOfstedInspections on %s', (kind) => {
	let handle: DatabaseHandle;
	const allRows = () =>
		handle.db.select().from(ofstedInspections).orderBy(ofstedInspections.gssCode);
	beforeAll(async () => {
		handle = await openTestDatabase(kind);
	});
	afterAll(async () => {
		await handle.close();
	});

	it('inserts every inspection once, and a second run changes nothing', async () => {
		expect(await importOfstedInspections(handle.db, { text: realFile })).toEqual({
			inserted: 153,
			updated: 0,
			unchanged: 0
		});
		expect(await importOfstedInspections(handle.db, { text: realFile })).toEqual({
			inserted: 0,
			updated: 0,
			unchanged: 153
		});
		expect(await allRows()).toHaveLength(153);
	});

	it('updates an inspection whose grade changed, keyed by its GSS code', async () => {
		expect(
			await importOfstedInspections(handle.db, {
				text: realFile.replace(
					lambeth,
					lambeth.replace(',good,standard,', ',outstanding,standard,')
				)
			})
		).toEqual({ inserted: 0, updated: 1, unchanged: 152 });
		const rows = await allRows();
		expect(rows.find((row) => row.gssCode === 'E09000022')?.overallEffectiveness).toBe(
			'outstanding'
		);
	});

	it('rejects a file with a bad row whole, writing nothing', async () => {
		const before = await allRows();
		const attempt = importOfstedInspections(handle.db, {
			text: `${realFile.replace(lambeth, barnsley).trimEnd()}\n`
		});
		await expect(attempt).rejects.toThrow(ImportRejectedError);
		await expect(attempt).rejects.toThrow(/line 75: gss_code_current E08000016 repeats line 2/);
		expect(await allRows()).toEqual(before);
	});

	it('reports progress until every changed inspection is written', async () => {
		await handle.db.delete(ofstedInspections);
		const progress: ImportProgress[] = [];
		await importOfstedInspections(handle.db, {
			text: realFile,
			onProgress: (p) => progress.push(p)
		});
		expect(progress.at(-1)).toEqual({ done: 153, total: 153 });
	});
});
