import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../client.js';
import { defaultDataDir } from '../paths.js';
import { findInterventionBySlug, listInterventions } from '../queries/interventions.js';
import { findPartnerBySlug, listPartners } from '../queries/partners.js';
import { findProjectBySlug, listProjects } from '../queries/projects.js';
import { verifyAuditChain } from '../queries/audit-chain.js';
import { listPublications } from '../queries/publications.js';
import { openTestDatabase, testDatabaseKinds } from '../testing/test-databases.js';
import { eq } from 'drizzle-orm';
import {
	appEvents,
	areaBoundaries,
	auditEvents,
	interventions,
	outcomeRatings,
	ratingOverrides,
	ratingSnapshots,
	studies,
	topics
} from '../schema/index.js';
import { topicKeys, topicLabels } from '@whatworks/domain';
import { planIllustrativeStudies } from './illustrative-studies.js';
import { seedInterventions } from './interventions.js';
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
			partners: 155
		});
		expect(await seedDemoContent(handle.db, { dataDir })).toMatchObject({
			seeded: false,
			interventions: 0,
			studies: 0
		});
		expect(await listInterventions(handle.db)).toHaveLength(13);
		// The 153 authorities and the two children's trusts named as wave 1 partners.
		expect(await listPartners(handle.db)).toHaveLength(155);
	});

	it('files interventions under exactly the topics the domain defines', async () => {
		const rows = await handle.db.select().from(topics);
		expect(Object.fromEntries(rows.map((row) => [row.key, row.label]))).toEqual(topicLabels);
		for (const item of seedInterventions) {
			const stored = await findInterventionBySlug(handle.db, { slug: item.slug });
			expect(stored?.topics.toSorted()).toEqual(item.topics.toSorted());
		}
		expect(topicKeys).toHaveLength(rows.length);
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

	it('computes every illustrative rating from illustrative studies through the Evidence Standards', async () => {
		for (const item of seedInterventions) {
			const stored = await findInterventionBySlug(handle.db, { slug: item.slug });
			for (const planned of item.outcomes.filter((o) => o.source === 'illustrative')) {
				const outcome = stored?.outcomes.find((o) => o.outcome === planned.outcome);
				expect(outcome, `${item.slug}: ${planned.outcome}`).toMatchObject({
					effectiveness: planned.effectiveness,
					strength: planned.strength
				});
			}
		}
		const snapshots = await handle.db.select().from(ratingSnapshots);
		const sources = new Set(snapshots.map((snapshot) => snapshot.source));
		expect(sources).toEqual(new Set(['computed', 'override']));
		const demoStudies = await handle.db.select().from(studies);
		expect(demoStudies.length).toBeGreaterThan(50);
		expect(demoStudies.every((study) => study.source === 'illustrative')).toBe(true);
		expect(demoStudies.every((study) => study.citation.includes('not a real report'))).toBe(true);
	});

	it('keeps the two published ratings as overrides that say where they come from', async () => {
		const overrides = await handle.db
			.select({ justification: ratingOverrides.justification, outcome: outcomeRatings.outcome })
			.from(ratingOverrides)
			.innerJoin(outcomeRatings, eq(outcomeRatings.id, ratingOverrides.outcomeRatingId));
		expect(overrides).toHaveLength(7);
		expect(
			overrides.every((o) => o.justification.includes('original What Works Centre Evidence Store'))
		).toBe(true);
		const fdac = await findInterventionBySlug(handle.db, {
			slug: 'family-drug-and-alcohol-courts'
		});
		expect(fdac?.outcomes[0]).toMatchObject({
			effectiveness: 'tends-positive',
			strength: 'high',
			studyCount: null
		});
	});

	it('shows the analysis behind each rating: counted studies with weights, and the rest listed', async () => {
		const pcit = await findInterventionBySlug(handle.db, {
			slug: 'parent-child-interaction-therapy'
		});
		const behaviour = pcit?.evidence.find((e) => e.outcome === 'Child behaviour problems');
		expect(behaviour?.rows).toHaveLength(9);
		expect(behaviour?.rows.reduce((sum, row) => sum + row.weightPercent, 0)).toBeCloseTo(100, 8);
		expect(behaviour?.pooled?.ciLower).toBeGreaterThan(0);
		expect(behaviour?.reasons.map((r) => r.ruleId)).toEqual(['E-CONSISTENT', 'S-START-HIGH']);
		const maltreatment = pcit?.evidence.find((e) => e.outcome === 'Recurrence of maltreatment');
		const seeded = seedInterventions.find((item) => item.slug === pcit?.slug);
		const [trial] =
			(seeded && planIllustrativeStudies(seeded).get('Recurrence of maltreatment')) ?? [];
		expect(trial?.label).toMatch(/^[A-Z]/);
		expect(maltreatment).toMatchObject({ rows: [{ label: trial?.label, designRating: 'high' }] });
		expect(maltreatment?.notCounted).toHaveLength(3);
		expect(pcit?.studies.every((study) => study.source === 'illustrative')).toBe(true);

		const fdac = await findInterventionBySlug(handle.db, {
			slug: 'family-drug-and-alcohol-courts'
		});
		expect(fdac?.studies).toEqual([]);
		expect(fdac?.evidence[0]).toMatchObject({ rows: [], pooled: null });
		expect(fdac?.evidence[0]?.override?.justification).toMatch(/^Rating published by the original/);
	});

	it('dates each first rating the day its entry was published, not the day of seeding', async () => {
		const firstRated = async (slug: string) => {
			const stored = await findInterventionBySlug(handle.db, { slug });
			expect(stored?.ratingChanges.every((change) => change.previous === null)).toBe(true);
			return new Set(stored?.ratingChanges.map((change) => change.date));
		};
		// The Evidence Store opened on 30 January 2019; PCIT was added by 28 March 2019.
		expect(await firstRated('family-drug-and-alcohol-courts')).toEqual(new Set(['2019-01-30']));
		expect(await firstRated('intensive-family-preservation-services')).toEqual(
			new Set(['2019-01-30'])
		);
		expect(await firstRated('parent-child-interaction-therapy')).toEqual(new Set(['2019-03-28']));
		expect(await firstRated('family-group-conferencing')).toEqual(new Set(['2020-02-14']));
		for (const item of seedInterventions) {
			const stored = await findInterventionBySlug(handle.db, { slug: item.slug });
			expect(stored?.ratingChanges, item.slug).toHaveLength(item.outcomes.length);
			expect(await firstRated(item.slug), item.slug).toEqual(new Set([item.publishedOn]));
			expect(item.publishedOn <= item.pageUpdated, item.slug).toBe(true);
		}
		const entries = await handle.db
			.select({ createdAt: interventions.createdAt })
			.from(interventions);
		expect(entries.every((entry) => entry.createdAt < new Date('2021-01-01'))).toBe(true);
		const overrides = await handle.db
			.select({ createdAt: ratingOverrides.createdAt })
			.from(ratingOverrides);
		expect(new Set(overrides.map((o) => o.createdAt.toISOString().slice(0, 10)))).toEqual(
			new Set(['2019-01-30', '2020-02-14'])
		);
	});

	it('names every study of an intervention differently, and labels each as made up', async () => {
		for (const item of seedInterventions) {
			const stored = await findInterventionBySlug(handle.db, { slug: item.slug });
			const names = stored?.studies.map((study) => `${study.label}, ${study.year}`) ?? [];
			expect(new Set(names).size, item.slug).toBe(names.length);
			expect(stored?.studies.every((study) => study.source === 'illustrative')).toBe(true);
		}
	});

	it('writes nothing to the audit log, whose chain still verifies', async () => {
		expect(await handle.db.$count(auditEvents)).toBe(0);
		expect(await verifyAuditChain(handle.db)).toMatchObject({ entries: 0, broken: null });
	});

	it('gives a database seeded before the study step just that step on the next start', async () => {
		await handle.db.delete(appEvents).where(eq(appEvents.key, 'demo-studies-seeded'));
		await handle.db.delete(studies);
		await handle.db.delete(ratingOverrides);
		await handle.db.delete(ratingSnapshots);
		const outcome = await seedDemoContent(handle.db, { dataDir });
		expect(outcome).toMatchObject({ seeded: true, interventions: 0, partners: 0 });
		expect(outcome.studies).toBeGreaterThan(50);
		expect(await listInterventions(handle.db)).toHaveLength(13);
	});

	it('draws the map the light way, and redraws a map imported by the old importer once', async () => {
		const paths = async () =>
			new Map(
				(await handle.db.select().from(areaBoundaries)).map((row) => [row.gssCode, row.path])
			);
		const drawn = await paths();
		expect(drawn.size).toBe(153);
		const bytes = (map: Map<string, string>) =>
			[...map.values()].reduce((sum, path) => sum + path.length, 0);
		expect(bytes(drawn)).toBeLessThan(45_000);

		// A database seeded before: outlines as absolute M/L to a tenth, twice the size or more.
		const oldLambeth = 'M432.3 502.5L430.3 502.3L429.4 503.4L428.6 502.7L427.8 498Z';
		await handle.db
			.update(areaBoundaries)
			.set({ path: oldLambeth })
			.where(eq(areaBoundaries.gssCode, 'E09000022'));
		await handle.db.delete(appEvents).where(eq(appEvents.key, 'boundaries-redrawn-simplified'));
		expect(await seedDemoContent(handle.db, { dataDir })).toMatchObject({
			seeded: true,
			interventions: 0
		});
		expect(await paths()).toEqual(drawn);
		// Once: the step is recorded, so a later start leaves an edited map alone.
		await handle.db
			.update(areaBoundaries)
			.set({ path: oldLambeth })
			.where(eq(areaBoundaries.gssCode, 'E09000022'));
		expect(await seedDemoContent(handle.db, { dataDir })).toMatchObject({ seeded: false });
		expect((await paths()).get('E09000022')).toBe(oldLambeth);
		await handle.db
			.update(areaBoundaries)
			.set({ path: drawn.get('E09000022') ?? '' })
			.where(eq(areaBoundaries.gssCode, 'E09000022'));
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
		const lambeth = await findPartnerBySlug(handle.db, { slug: 'lambeth' });
		expect(lambeth?.participations).toEqual([
			{
				programme: { slug: 'change-projects', name: 'Change Projects' },
				wave: null,
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
		expect(lambeth?.ofsted?.reportUrl).toMatch(/^https:/);
		expect(lambeth?.lookedAfter?.area.rates).toHaveLength(10);
		expect(lambeth?.projects.map((project) => project.name)).toEqual([
			'Social workers in schools: Lambeth'
		]);
	});

	it('names the wave 1 partners with their £5,000 and their projects', async () => {
		const waveOne = await listPartners(handle.db, { programme: 'wave-1-partners' });
		expect(waveOne).toHaveLength(13);
		expect(waveOne.map((p) => p.name)).toContain('Doncaster Children’s Services Trust');
		const bristol = await findPartnerBySlug(handle.db, { slug: 'bristol-city-of' });
		expect(bristol?.participations).toMatchObject([
			{ programme: { slug: 'wave-1-partners' }, fundingGbp: 5_000, role: 'co-design-partner' }
		]);
		expect(bristol?.projects.map((project) => project.slug)).toEqual(['evidence-masterclasses']);
	});

	it('publishes the first eight protocols in March 2019, each before its fieldwork', async () => {
		const withProtocols = (await listProjects(handle.db)).filter((p) => p.protocolPublishedOn);
		expect(withProtocols).toHaveLength(8);
		expect(new Set(withProtocols.map((p) => p.protocolPublishedOn))).toEqual(
			new Set(['2019-03-14'])
		);
		expect(withProtocols.every((p) => p.protocolBeforeWork)).toBe(true);
		const schwartz = await findProjectBySlug(handle.db, { slug: 'schwartz-rounds-evaluation' });
		expect(schwartz?.partners).toHaveLength(6);
		expect(schwartz?.protocol?.principalInvestigator).toBe('Dr David Wilkins');
		expect(schwartz?.publications.map((p) => p.type)).toEqual(['protocol']);
	});

	it('files the reports of November 2018, June 2019 and July 2019 in the library', async () => {
		const reports = await listPublications(handle.db);
		const months = new Set(
			reports.filter((p) => p.type !== 'protocol').map((p) => p.publishedOn.slice(0, 7))
		);
		expect(months).toEqual(new Set(['2018-11', '2019-06', '2019-07']));
		expect(await listPublications(handle.db, { type: 'rapid-realist-review' })).toMatchObject([
			{ slug: 'shared-decision-making-rapid-realist-review', publishedOn: '2019-07-12' }
		]);
		expect(await listPublications(handle.db, { year: 2018 })).toHaveLength(5);
		expect(await listPublications(handle.db, { theme: 'workforce-wellbeing' })).toMatchObject([
			{ type: 'protocol', title: 'Protocol: Schwartz Rounds in children’s social care' }
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
		expect(outcome).toMatchObject({ seeded: true, partners: 23 });

		const second = await openDatabase({ pgliteDir: join(dir, 'pglite') });
		try {
			expect(await seedDemoContent(second.db, { dataDir: join(dir, 'no-such-dir') })).toMatchObject(
				{
					seeded: false
				}
			);
			// The 21 authorities the programmes name, and two children's trusts.
			expect(await listPartners(second.db)).toHaveLength(23);
			expect(await listPartners(second.db, { programme: 'schwartz-rounds' })).toHaveLength(6);
			expect(await listPartners(second.db, { programme: 'wave-1-partners' })).toHaveLength(13);
			expect(await listInterventions(second.db, { topic: 'substance-misuse' })).toMatchObject([
				{ slug: 'family-drug-and-alcohol-courts' }
			]);
		} finally {
			await second.close();
		}
	});
});
