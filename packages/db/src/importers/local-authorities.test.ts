import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client.js';
import { defaultDataDir } from '../paths.js';
import { listPartners } from '../queries/partners.js';
import { openTestDatabase, testDatabaseKinds } from '../testing/test-databases.js';
import { ImportRejectedError } from './import-result.js';
import { importLocalAuthorities, parseLocalAuthorities } from './local-authorities.js';

const realFile = readFileSync(
	join(process.env.WHATWORKS_DATA_DIR ?? defaultDataDir, 'england_childrens_services_las.csv'),
	'utf8'
);
const header =
	'gss_code,dfe_la_code,la_name,region_name,region_gss_code,london_sub_region,la_type,lait_la_type,cla_rate_per_10k_2025';

describe('parseLocalAuthorities', () => {
	it('reads all 153 English authorities from the DfE file without an issue', () => {
		const { authorities, issues } = parseLocalAuthorities(realFile);
		expect(issues).toEqual([]);
		expect(authorities).toHaveLength(153);
		const count = (type: string) => authorities.filter((la) => la.type === type).length;
		expect(count('county')).toBe(21);
		expect(count('london-borough')).toBe(33);
		expect(count('metropolitan-district')).toBe(36);
		expect(count('unitary')).toBe(63);
		expect(authorities.find((la) => la.gssCode === 'E09000022')).toEqual({
			gssCode: 'E09000022',
			dfeCode: '208',
			name: 'Lambeth',
			region: 'E12000007',
			type: 'london-borough'
		});
	});

	it('keeps names with commas and accepts suppressed statistics such as "-"', () => {
		const { authorities, issues } = parseLocalAuthorities(
			`${header}\nE06000023,801,"Bristol, City of",South West,E12000009,,Unitary authority,Unitary authority,-\n`
		);
		expect(issues).toEqual([]);
		expect(authorities[0]?.name).toBe('Bristol, City of');
	});

	it('reports a missing column on the header line', () => {
		const { issues } = parseLocalAuthorities('gss_code,la_name\nE09000022,Lambeth\n');
		expect(issues).toEqual([
			{ line: 1, message: expect.stringContaining('dfe_la_code') as string }
		]);
	});

	it('reports bad codes, unknown types and duplicates with their line numbers', () => {
		const { authorities, issues } = parseLocalAuthorities(
			[
				header,
				'E09000022,208,Lambeth,London,E12000007,Inner London,London borough,Inner London borough,1',
				'W06000001,661,Isle of Anglesey,Wales,W92000004,,Unitary authority,Unitary authority,1',
				'E09000022,208,Lambeth again,London,E12000007,,London borough,,1',
				'E06000045,852,Southampton,South East,E12000008,,Parish council,,1'
			].join('\n')
		);
		expect(authorities.map((la) => la.name)).toEqual(['Lambeth']);
		expect(issues.map((issue) => issue.line)).toEqual([3, 4, 5]);
		expect(issues[0]?.message).toMatch(/gss_code "W06000001"/);
		expect(issues[1]?.message).toMatch(/repeats line 2/);
		expect(issues[2]?.message).toMatch(/la_type "parish council"/);
	});
});

describe.each(testDatabaseKinds)('importLocalAuthorities on %s', (kind) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await openTestDatabase(kind);
	});
	afterAll(async () => {
		await handle.close();
	});

	it('inserts every authority once, and a second run changes nothing', async () => {
		expect(await importLocalAuthorities(handle.db, { text: realFile })).toEqual({
			inserted: 153,
			updated: 0,
			unchanged: 0
		});
		expect(await importLocalAuthorities(handle.db, { text: realFile })).toEqual({
			inserted: 0,
			updated: 0,
			unchanged: 153
		});
		expect(await listPartners(handle.db)).toHaveLength(153);
	});

	it('updates an authority whose name changed, keyed by its GSS code', async () => {
		const renamed = realFile.replace(
			'E09000022,208,Lambeth,',
			'E09000022,208,London Borough of Lambeth,'
		);
		expect(await importLocalAuthorities(handle.db, { text: renamed })).toMatchObject({
			updated: 1,
			inserted: 0
		});
		const london = await listPartners(handle.db, { region: 'E12000007' });
		expect(london.map((p) => p.name)).toContain('London Borough of Lambeth');
	});

	it('rejects a file with a bad row whole, writing nothing', async () => {
		const broken = `${realFile.trimEnd()}\nE99999999,999,Nowhere,Nowhere,E12000001,,Unitary authority,,1\n`;
		const before = await listPartners(handle.db);
		const attempt = importLocalAuthorities(handle.db, {
			text: broken.replace(',Lambeth,', ',Lambeth (new),')
		});
		await expect(attempt).rejects.toThrow(ImportRejectedError);
		await expect(attempt).rejects.toThrow(/line 155: gss_code "E99999999"/);
		expect(await listPartners(handle.db)).toEqual(before);
	});
});
