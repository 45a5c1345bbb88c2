import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client.js';
import {
	areaBoundaries,
	participations,
	partners,
	programmes,
	publishedMap
} from '../schema/index.js';
import { openTestDatabase, testDatabaseKinds } from '../testing/test-databases.js';
import { findPartnerDirectory, listMapAreas } from './partners.js';

describe.each(testDatabaseKinds)('the map kept as publishing changes it on %s', (kind) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await openTestDatabase(kind);
	});
	afterAll(async () => {
		await handle.close();
	});

	const lambethOnTheMap = async () =>
		(await listMapAreas(handle.db)).find((area) => area.gssCode === 'E09000022');

	it('follows boundaries, partners, their programmes and the programmes’ names', async () => {
		const { db } = handle;
		expect(await listMapAreas(db)).toEqual([]);

		await db.insert(areaBoundaries).values([
			{ gssCode: 'E09000022', name: 'Lambeth', path: 'M0 0l1 0l0 1z' },
			{ gssCode: 'E09000028', name: 'Southwark', path: 'M1 0l1 0l0 1z' }
		]);
		expect((await listMapAreas(db)).map((area) => area.name)).toEqual(['Lambeth', 'Southwark']);
		expect(await lambethOnTheMap()).toEqual({
			gssCode: 'E09000022',
			name: 'Lambeth',
			path: 'M0 0l1 0l0 1z',
			partnerSlug: null,
			programmes: []
		});

		const [partner] = await db
			.insert(partners)
			.values({ slug: 'lambeth', name: 'Lambeth', type: 'london-borough', gssCode: 'E09000022' })
			.returning({ id: partners.id });
		const [programme] = await db
			.insert(programmes)
			.values({ slug: 'change-projects', name: 'Change Projects' })
			.returning({ id: programmes.id });
		if (!partner || !programme) throw new Error('Inserts give their rows.');
		expect(await lambethOnTheMap()).toMatchObject({ partnerSlug: 'lambeth', programmes: [] });

		// Two waves of one programme show it once.
		await db.insert(participations).values([
			{ partnerId: partner.id, programmeId: programme.id, wave: 1, role: 'delivery-partner' },
			{ partnerId: partner.id, programmeId: programme.id, wave: 2, role: 'delivery-partner' }
		]);
		expect(await lambethOnTheMap()).toMatchObject({ programmes: ['change-projects'] });

		await db.update(programmes).set({ slug: 'change' }).where(eq(programmes.id, programme.id));
		expect(await lambethOnTheMap()).toMatchObject({ programmes: ['change'] });

		await db.delete(participations);
		expect(await lambethOnTheMap()).toMatchObject({ partnerSlug: 'lambeth', programmes: [] });
		await db.delete(partners);
		expect(await lambethOnTheMap()).toMatchObject({ partnerSlug: null });

		expect((await findPartnerDirectory(db, {})).areas).toEqual(await listMapAreas(db));
	});

	it('draws the map again after its row was lost, and shows none until then', async () => {
		const { db } = handle;
		const before = await listMapAreas(db);
		expect(before.length).toBeGreaterThan(0);
		await db.delete(publishedMap);
		expect(await listMapAreas(db)).toEqual([]);
		expect((await findPartnerDirectory(db, {})).areas).toEqual([]);
		await db
			.update(areaBoundaries)
			.set({ name: 'Lambeth' })
			.where(eq(areaBoundaries.gssCode, 'E09000022'));
		expect(await listMapAreas(db)).toEqual(before);
	});
});
