import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../client.js';
import { defaultDataDir } from '../paths.js';
import { findInterventionBySlug, listInterventions } from '../queries/interventions.js';
import { findPartnerByGssCode, listPartners } from '../queries/partners.js';
import { openTestDatabase, testDatabaseKinds } from '../testing/test-databases.js';
import { seedDemoContent } from './seed-demo-content.js';

const dataDir = process.env.WHATWORKS_DATA_DIR ?? defaultDataDir;

describe.each(testDatabaseKinds)('demo content on %s', (kind) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await openTestDatabase(kind);
	});
	afterAll(async () => {
		await handle.close();
	});

	it('seeds the Evidence Store and all 153 authorities once; a second run adds nothing', async () => {
		expect(await seedDemoContent(handle.db, { dataDir })).toMatchObject({
			seeded: true,
			interventions: 13,
			partners: 153
		});
		expect(await seedDemoContent(handle.db, { dataDir })).toEqual({ seeded: false });
		expect(await listInterventions(handle.db)).toHaveLength(13);
		expect(await listPartners(handle.db)).toHaveLength(153);
	});

	it('carries the published ratings of Family Drug and Alcohol Courts', async () => {
		const fdac = await findInterventionBySlug(handle.db, {
			slug: 'family-drug-and-alcohol-courts'
		});
		expect(fdac?.outcomes).toMatchObject([
			{
				outcome: 'Family reunification',
				effectiveness: 'tends-positive',
				strength: 'high',
				source: 'published'
			},
			{
				outcome: 'Care re-entry and re-abuse',
				effectiveness: 'no-effect',
				strength: 'high',
				source: 'published'
			}
		]);
		expect(fdac?.outcomes[0]?.headline).toBe(
			'Family Drug and Alcohol Courts tended to show a positive effect on family reunification. This is based on high strength evidence.'
		);
	});

	it('carries the published ratings of Family Group Conferencing: all mixed, low to very low', async () => {
		const fgc = await findInterventionBySlug(handle.db, { slug: 'family-group-conferencing' });
		expect(fgc?.outcomes.map((o) => [o.effectiveness, o.strength, o.source])).toEqual([
			['mixed', 'low', 'published'],
			['mixed', 'very-low', 'published'],
			['mixed', 'very-low', 'published'],
			['mixed', 'low', 'published'],
			['mixed', 'very-low', 'published']
		]);
	});

	it('marks every rating other than the two published entries as illustrative', async () => {
		const published = new Set(['family-drug-and-alcohol-courts', 'family-group-conferencing']);
		for (const item of await listInterventions(handle.db)) {
			const expected = published.has(item.slug) ? 'published' : 'illustrative';
			expect(
				item.outcomes.map((o) => o.source),
				item.slug
			).toEqual(item.outcomes.map(() => expected));
		}
	});

	it('records Lambeth in the Change Projects, social workers in schools strand', async () => {
		const lambeth = await findPartnerByGssCode(handle.db, { gssCode: 'E09000022' });
		expect(lambeth?.participations).toEqual([
			{
				programme: { slug: 'change-projects', name: 'Change Projects' },
				wave: 1,
				role: 'delivery-partner',
				strand: 'Social workers in schools',
				startDate: '2019-01-25',
				endDate: '2020-03-31',
				fundingGbp: null
			}
		]);
		const changeProjects = await listPartners(handle.db, { programme: 'change-projects' });
		expect(changeProjects.map((p) => p.name)).toEqual([
			'Darlington',
			'Hillingdon',
			'Lambeth',
			'Southampton',
			'Stockport',
			'Wigan'
		]);
	});
});

describe('demo content without the data directory', () => {
	const dir = mkdtempSync(join(tmpdir(), 'whatworks-seed-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('seeds only the programme partners, and keeps everything across restarts', async () => {
		const first = await openDatabase({ pgliteDir: join(dir, 'pglite') });
		const outcome = await seedDemoContent(first.db, { dataDir: join(dir, 'no-such-dir') });
		await first.close();
		expect(outcome).toMatchObject({ seeded: true, partners: 12 });

		const second = await openDatabase({ pgliteDir: join(dir, 'pglite') });
		try {
			expect(await seedDemoContent(second.db, { dataDir: join(dir, 'no-such-dir') })).toEqual({
				seeded: false
			});
			expect(await listPartners(second.db)).toHaveLength(12);
			expect(await listPartners(second.db, { programme: 'schwartz-rounds' })).toHaveLength(6);
			expect(await listInterventions(second.db, { topic: 'substance-misuse' })).toMatchObject([
				{ slug: 'family-drug-and-alcohol-courts' }
			]);
		} finally {
			await second.close();
		}
	});
});
