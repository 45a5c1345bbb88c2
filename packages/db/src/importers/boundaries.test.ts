import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client.js';
import { defaultDataDir } from '../paths.js';
import { areaBoundaries } from '../schema/index.js';
import { openTestDatabase, testDatabaseKinds } from '../testing/test-databases.js';
import { importBoundaries, parseBoundaries } from './boundaries.js';
import { ImportRejectedError, type ImportProgress } from './import-result.js';

const dataDir = process.env.WHATWORKS_DATA_DIR ?? defaultDataDir;
const topoJson = readFileSync(join(dataDir, 'england_utla_2023_buc.topojson'), 'utf8');
const geoJson = readFileSync(join(dataDir, 'england_utla_2023_buc.geojson'), 'utf8');

/** The areas whose drawn path differs between the two formats: slightly, but a change. */
function codesDrawnDifferently(): string[] {
	const topoPaths = new Map(
		parseBoundaries(topoJson).areas.map((area) => [area.gssCode, area.path])
	);
	return parseBoundaries(geoJson)
		.areas.filter((area) => topoPaths.get(area.gssCode) !== area.path)
		.map((area) => area.gssCode);
}

describe.each(testDatabaseKinds)('importBoundaries on %s', (kind) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await openTestDatabase(kind);
	});
	afterAll(async () => {
		await handle.close();
	});

	const storedBoundaries = () =>
		handle.db.select().from(areaBoundaries).orderBy(asc(areaBoundaries.gssCode));

	it('inserts every area from the TopoJSON once, reporting progress, and a second run changes nothing', async () => {
		const progress: ImportProgress[] = [];
		expect(
			await importBoundaries(handle.db, {
				text: topoJson,
				onProgress: (step) => progress.push(step)
			})
		).toEqual({ inserted: 153, updated: 0, unchanged: 0, removed: 0 });
		expect(progress.at(-1)).toEqual({ done: 153, total: 153 });

		expect(await importBoundaries(handle.db, { text: topoJson })).toEqual({
			inserted: 0,
			updated: 0,
			unchanged: 153,
			removed: 0
		});
		const stored = await storedBoundaries();
		expect(stored).toHaveLength(153);
		const lambeth = parseBoundaries(topoJson).areas.find((area) => area.gssCode === 'E09000022');
		expect(stored.find((row) => row.gssCode === 'E09000022')).toEqual(lambeth);
	});

	it('updates from the GeoJSON exactly the areas the two formats draw differently', async () => {
		const differing = codesDrawnDifferently();
		// Rounding, and where the two files' shared borders begin and end (which decides the points
		// simplifying keeps), differ along some outlines.
		expect(differing.length).toBeGreaterThan(0);
		expect(differing.length).toBeLessThan(153);
		expect(await importBoundaries(handle.db, { text: geoJson })).toEqual({
			inserted: 0,
			updated: differing.length,
			unchanged: 153 - differing.length,
			removed: 0
		});
		expect(await importBoundaries(handle.db, { text: geoJson })).toEqual({
			inserted: 0,
			updated: 0,
			unchanged: 153,
			removed: 0
		});
		const geoPaths = parseBoundaries(geoJson).areas.map(({ gssCode, name, path }) => ({
			gssCode,
			name,
			path
		}));
		expect(await storedBoundaries()).toEqual(
			geoPaths.sort((a, b) => a.gssCode.localeCompare(b.gssCode))
		);
	});

	it('rejects a file with a bad feature whole, writing nothing', async () => {
		const before = await storedBoundaries();
		const broken = geoJson
			.replace('"name":"Lambeth"', '"name":"Lambeth (renamed)"')
			.replace('"gss_code":"E06000001"', '"gss_code":"W06000001"');
		const attempt = importBoundaries(handle.db, { text: broken, source: 'broken.geojson' });
		await expect(attempt).rejects.toThrow(ImportRejectedError);
		await expect(attempt).rejects.toThrow(
			/broken\.geojson: 1 bad row.*\n {2}line 2: feature 1 \(W06000001\): gss_code "W06000001"/
		);
		expect(await storedBoundaries()).toEqual(before);
	});

	it('removes the areas a newer file no longer has, so old outlines never overlap new ones', async () => {
		const collection = JSON.parse(geoJson) as { features: { properties: { gss_code: string } }[] };
		const withoutCumbria = JSON.stringify({
			...collection,
			features: collection.features.filter((f) => f.properties.gss_code !== 'E06000063')
		});
		// A neighbour whose border with it is now the map's edge may be simplified differently.
		const summary = await importBoundaries(handle.db, { text: withoutCumbria });
		expect(summary).toMatchObject({ inserted: 0, removed: 1 });
		expect(summary.updated).toBeLessThan(5);
		expect(summary.updated + summary.unchanged).toBe(152);
		expect((await storedBoundaries()).map((row) => row.gssCode)).not.toContain('E06000063');
		expect(await importBoundaries(handle.db, { text: geoJson })).toMatchObject({
			inserted: 1,
			removed: 0
		});
	});

	it('refuses a file that covers only part of the map, removing nothing', async () => {
		const collection = JSON.parse(geoJson) as { features: { properties: { gss_code: string } }[] };
		const london = JSON.stringify({
			...collection,
			features: collection.features.filter((f) => f.properties.gss_code.startsWith('E09'))
		});
		await expect(
			importBoundaries(handle.db, { text: london, source: 'london.geojson' })
		).rejects.toThrow(
			/london\.geojson: 1 bad row.*\n {2}line 1: The file lacks 120 of the map's areas/
		);
		expect(await storedBoundaries()).toHaveLength(153);
	});
});
