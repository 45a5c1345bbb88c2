import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { englandDfeCode } from '@whatworks/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client.js';
import { defaultDataDir } from '../paths.js';
import { lookedAfterRates } from '../schema/index.js';
import { openTestDatabase, testDatabaseKinds } from '../testing/test-databases.js';
import { importBatchSize, ImportRejectedError, type ImportProgress } from './import-result.js';
import { importLookedAfterRates, parseLookedAfterRates } from './looked-after-rates.js';

const realFile = readFileSync(
	join(process.env.WHATWORKS_DATA_DIR ?? defaultDataDir, 'cla_rate_per_10k_timeseries.csv'),
	'utf8'
);
const header = 'dfe_la_code,gss_code,area_name,year_31_march,cla_rate_per_10k,cla_number';

describe('parseLookedAfterRates', () => {
	it('reads all 1,700 figures from the DfE file without an issue', () => {
		const { records, issues } = parseLookedAfterRates(realFile);
		expect(issues).toEqual([]);
		expect(records).toHaveLength(1700);
		const find = (dfeCode: string, year: number) =>
			records.find((r) => r.dfeCode === dfeCode && r.year === year);
		expect(find(englandDfeCode, 2025)).toEqual({
			dfeCode: '970',
			gssCode: null,
			areaName: 'England',
			year: 2025,
			ratePer10k: 67,
			count: 81770
		});
		expect(find('208', 2025)).toMatchObject({ gssCode: 'E09000022', ratePer10k: 73, count: 377 });
		// Cumbria was abolished in 2023, so its later figures are suppressed.
		expect(find('909', 2024)).toMatchObject({ areaName: 'Cumbria', ratePer10k: null, count: null });
		expect(find('986', 2025)).toMatchObject({ areaName: 'London', gssCode: null });
	});

	it('reports a missing column on the header line', () => {
		const { issues } = parseLookedAfterRates(
			'dfe_la_code,gss_code,area_name\n208,E09000022,Lambeth\n'
		);
		expect(issues).toEqual([
			{ line: 1, message: expect.stringContaining('year_31_march') as string }
		]);
	});

	it('accepts every suppression mark as null', () => {
		const { records, issues } = parseLookedAfterRates(
			[
				header,
				'208,E09000022,Lambeth,2020,c,x',
				'208,E09000022,Lambeth,2021,..,z',
				'208,E09000022,Lambeth,2022,,'
			].join('\n')
		);
		expect(issues).toEqual([]);
		expect(records.map((r) => [r.ratePer10k, r.count])).toEqual([
			[null, null],
			[null, null],
			[null, null]
		]);
	});

	it('reports bad codes, years, figures and duplicates with their line numbers', () => {
		const { records, issues } = parseLookedAfterRates(
			[
				header,
				'208,E09000022,Lambeth,2025,73,377',
				'2080,E09000022,Lambeth,2024,73,377',
				'208,W06000001,Lambeth,2023,73,377',
				'208,E09000022,Lambeth,2025,74,380',
				'208,E09000022,Lambeth,1889,73,377',
				'208,E09000022,Lambeth,2022,-5,377',
				'208,E09000022,Lambeth,2021,73,12.5'
			].join('\n')
		);
		expect(records.map((r) => r.year)).toEqual([2025]);
		expect(issues.map((issue) => issue.line)).toEqual([3, 4, 5, 6, 7, 8]);
		expect(issues[0]?.message).toMatch(/dfe_la_code "2080"/);
		expect(issues[1]?.message).toMatch(/gss_code "W06000001"/);
		expect(issues[2]?.message).toMatch(/dfe_la_code 208 for 2025 repeats line 2/);
		expect(issues[3]?.message).toMatch(/year_31_march "1889"/);
		expect(issues[4]?.message).toMatch(/cla_rate_per_10k "-5"/);
		expect(issues[5]?.message).toMatch(/cla_number "12.5"/);
	});
});

describe.each(testDatabaseKinds)('importLookedAfterRates on %s', (kind) => {
	let handle: DatabaseHandle;
	const allRows = () =>
		handle.db
			.select()
			.from(lookedAfterRates)
			.orderBy(lookedAfterRates.dfeCode, lookedAfterRates.year);
	beforeAll(async () => {
		handle = await openTestDatabase(kind);
	});
	afterAll(async () => {
		await handle.close();
	});

	it('inserts every figure once, and a second run changes nothing', async () => {
		expect(await importLookedAfterRates(handle.db, { text: realFile })).toEqual({
			inserted: 1700,
			updated: 0,
			unchanged: 0
		});
		expect(await importLookedAfterRates(handle.db, { text: realFile })).toEqual({
			inserted: 0,
			updated: 0,
			unchanged: 1700
		});
		const rows = await allRows();
		expect(rows).toHaveLength(1700);
		expect(rows.find((row) => row.dfeCode === '909' && row.year === 2024)?.ratePer10k).toBeNull();
	});

	it('updates a figure that changed, keyed by DfE code and year', async () => {
		const revised = realFile.replace('970,,England,2025,67,81770', '970,,England,2025,67.5,81800');
		expect(await importLookedAfterRates(handle.db, { text: revised })).toEqual({
			inserted: 0,
			updated: 1,
			unchanged: 1699
		});
		const rows = await allRows();
		expect(rows.find((row) => row.dfeCode === '970' && row.year === 2025)).toMatchObject({
			ratePer10k: 67.5,
			count: 81800
		});
	});

	it('rejects a file with a bad row whole, writing nothing', async () => {
		const before = await allRows();
		const attempt = importLookedAfterRates(handle.db, {
			text: `${realFile.replace('208,E09000022,Lambeth,2025,73,377', '208,E09000022,Lambeth,2025,80,400').trimEnd()}\n209,E09000023,Lewisham,2025,-3,377\n`
		});
		await expect(attempt).rejects.toThrow(ImportRejectedError);
		await expect(attempt).rejects.toThrow(/line 1702: cla_rate_per_10k "-3"/);
		expect(await allRows()).toEqual(before);
	});

	it('reports progress after each batch, ending with every figure written', async () => {
		await handle.db.delete(lookedAfterRates);
		const progress: ImportProgress[] = [];
		await importLookedAfterRates(handle.db, {
			text: realFile,
			onProgress: (p) => progress.push(p)
		});
		expect(progress).toHaveLength(Math.ceil(1700 / importBatchSize));
		expect(progress.at(-1)).toEqual({ done: 1700, total: 1700 });
	});
});
