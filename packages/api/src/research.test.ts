import { defaultDataDir, seedDemoContent, type DatabaseHandle } from '@whatworks/db';
import { londonDate } from '@whatworks/domain';
import { openTestDatabase, testDatabaseKinds } from '@whatworks/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './app-router.js';
import { createContext } from './context.js';

const dataDir = process.env.WHATWORKS_DATA_DIR ?? defaultDataDir;

describe.each(testDatabaseKinds)('partners, programmes and research on %s', (kind) => {
	let handle: DatabaseHandle;
	let api: ReturnType<typeof createCaller>;
	beforeAll(async () => {
		handle = await openTestDatabase(kind);
		// With the data directory, the demo imports the Ofsted, looked-after and boundary files too.
		await seedDemoContent(handle.db, { dataDir });
		api = createCaller(createContext(handle.db));
	});
	afterAll(async () => {
		await handle.close();
	});

	it('filters partners by programme and by wave', async () => {
		expect(await api.partners.list({ programme: 'change-projects' })).toHaveLength(6);
		// Only the first co-design partners joined in a wave.
		const waveOne = await api.partners.list({ wave: 1 });
		expect(waveOne).toHaveLength(13);
		expect(waveOne.every((p) => p.programmes.some((q) => q.slug === 'wave-1-partners'))).toBe(true);
		expect(await api.partners.list({ wave: 2 })).toEqual([]);
	});

	it('filters partners by type and by region, each filter alone or together, and none', async () => {
		const all = await api.partners.list();
		const trusts = await api.partners.list({ type: 'childrens-trust' });
		expect(trusts.length).toBeGreaterThan(0);
		expect(trusts).toEqual(all.filter((p) => p.type === 'childrens-trust'));
		const london = await api.partners.list({ region: 'E12000007' });
		expect(london.length).toBeGreaterThan(0);
		expect(london).toEqual(all.filter((p) => p.region === 'E12000007'));
		expect(await api.partners.list({ region: 'E12000007', type: 'london-borough' })).toEqual(
			london.filter((p) => p.type === 'london-borough')
		);
		expect(await api.partners.list({ programme: 'change-projects', wave: 1 })).toEqual([]);
		// The same statement serves every combination: no filter lists everyone again.
		expect(await api.partners.list()).toEqual(all);
	});

	it('shows Lambeth with its strand, project, Ofsted inspection and looked-after trend', async () => {
		const lambeth = await api.partners.get({ slug: 'lambeth' });
		expect(lambeth.participations[0]?.strand).toBe('Social workers in schools');
		expect(lambeth.projects).toMatchObject([
			{ slug: 'social-workers-in-schools-lambeth', protocolBeforeWork: true }
		]);
		expect(lambeth.ofsted).toMatchObject({
			gssCode: 'E09000022',
			reportUrl: expect.stringMatching(/^https:\/\/files\.ofsted\.gov\.uk\//) as string
		});
		const years = lambeth.lookedAfter?.area.rates.map((rate) => rate.year);
		expect(years).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
		expect(lambeth.lookedAfter?.england.rates.at(-1)).toMatchObject({ year: 2025, ratePer10k: 67 });
	});

	it('gives a children’s trust a page without official figures', async () => {
		const trust = await api.partners.get({ slug: 'doncaster-childrens-services-trust' });
		expect(trust).toMatchObject({ type: 'childrens-trust', gssCode: null, ofsted: null });
		expect(trust.lookedAfter).toBeNull();
	});

	it('maps all 153 authorities, naming the programmes of partners', async () => {
		const areas = await api.partners.map();
		expect(areas).toHaveLength(153);
		expect(areas.find((area) => area.gssCode === 'E09000022')).toMatchObject({
			name: 'Lambeth',
			partnerSlug: 'lambeth',
			programmes: ['change-projects']
		});
		expect(areas.every((area) => area.path.startsWith('M'))).toBe(true);
	});

	it('answers the partners page in one: the filtered list, the total, the programmes and the map', async () => {
		const filters = { region: 'E12000007', programme: 'change-projects' } as const;
		const directory = await api.partners.directory(filters);
		expect(directory.areas).toHaveLength(153);
		expect(directory.partners.map((partner) => partner.slug)).toEqual(['hillingdon', 'lambeth']);
		expect(directory).toEqual({
			partners: await api.partners.list(filters),
			total: (await api.partners.list()).length,
			programmes: await api.programmes.list(),
			areas: await api.partners.map()
		});
	});

	it('lists programmes with their partner counts and shows one with its projects', async () => {
		const programmes = await api.programmes.list();
		expect(programmes.find((p) => p.slug === 'change-projects')).toMatchObject({
			partnerCount: 6,
			budgetGbp: 2_400_000,
			startDate: '2019-01-25',
			endDate: '2020-03-31',
			waves: []
		});
		expect(programmes.find((p) => p.slug === 'wave-1-partners')?.waves).toEqual([1]);
		const changeProjects = await api.programmes.get({ slug: 'change-projects' });
		expect(changeProjects.projects).toHaveLength(6);
		expect(changeProjects.participants.map((p) => p.participation.strand)).toEqual([
			...Array<string>(3).fill('Devolved budgets for social workers'),
			...Array<string>(3).fill('Social workers in schools')
		]);
	});

	it('shows a project with its timeline in lifecycle order and its protocol', async () => {
		const project = await api.projects.get({ slug: 'schwartz-rounds-evaluation' });
		expect(project.milestones.map((m) => m.stage)).toEqual([
			'call-open',
			'partners-selected',
			'protocol-published',
			'in-delivery',
			'evaluating'
		]);
		// Its delivery ended in March 2020, so today it is evaluating, whatever was stored then.
		expect(project).toMatchObject({ stage: 'evaluating', asOf: londonDate(new Date()) });
		expect(project.protocol).toMatchObject({
			publishedOn: '2019-03-14',
			localAuthorityCount: 6
		});
		expect(project.protocolBeforeWork).toBe(true);
		await expect(api.projects.get({ slug: 'no-such-project' })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
	});

	it('filters the library by type, theme and year, and opens a publication', async () => {
		expect(await api.publications.years()).toEqual([2019, 2018]);
		const protocols = await api.publications.list({ type: 'protocol' });
		expect(protocols).toHaveLength(8);
		const reviews2019 = await api.publications.list({ year: 2019, type: 'meta-analysis' });
		expect(reviews2019.map((p) => p.slug)).toEqual([
			'intensive-family-preservation-services-review'
		]);
		const ifps = await api.publications.get({
			slug: 'intensive-family-preservation-services-review'
		});
		expect(ifps.interventions).toEqual([
			{ slug: 'intensive-family-preservation-services', name: expect.any(String) as string }
		]);
		await expect(api.publications.list({ year: 1850 })).rejects.toMatchObject({
			code: 'BAD_REQUEST'
		});
	});
});
