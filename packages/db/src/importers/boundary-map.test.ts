import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { englandMapFrame, type AreaBoundary } from '@whatworks/domain';
import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../paths.js';
import { pathRings, ringKey, type Point } from '../testing/svg-paths.js';
import { parseBoundaries } from './boundaries.js';
import { englandBounds } from './boundary-file.js';
import { englandProjection, mapDetail, RelativePathWriter } from './boundary-map.js';

// The ONS-derived boundaries of the 153 upper-tier authorities, in both formats (../shared/data).
const dataDir = process.env.WHATWORKS_DATA_DIR ?? defaultDataDir;
const fromTopoJson = parseBoundaries(
	readFileSync(join(dataDir, 'england_utla_2023_buc.topojson'), 'utf8')
);
const fromGeoJson = parseBoundaries(
	readFileSync(join(dataDir, 'england_utla_2023_buc.geojson'), 'utf8')
);

interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

function boxOf(points: readonly Point[]): Box {
	const xs = points.map(([x]) => x);
	const ys = points.map(([, y]) => y);
	return {
		left: Math.min(...xs),
		top: Math.min(...ys),
		right: Math.max(...xs),
		bottom: Math.max(...ys)
	};
}

const boxOfPath = (path: string) => boxOf(pathRings(path).flat());

function byCode(areas: AreaBoundary[], gssCode: string): AreaBoundary {
	const area = areas.find((candidate) => candidate.gssCode === gssCode);
	if (!area) throw new Error(`${gssCode} is missing`);
	return area;
}

const isLondon = (area: AreaBoundary) => area.gssCode.startsWith('E09');

/** Twice the ring's area, positive when it runs clockwise on screen, as exteriors do. */
function signedArea(ring: readonly Point[]): number {
	return ring.reduce((sum, [x1, y1], index) => {
		const [x2, y2] = ring[(index + 1) % ring.length] ?? [x1, y1];
		return sum + x1 * y2 - x2 * y1;
	}, 0);
}

describe('englandProjection', () => {
	it('fits the whole box around England into the frame, north up and east to the right', () => {
		const { west, east, south, north } = englandBounds;
		const projected: Point[] = [];
		for (let step = 0; step <= 100; step++) {
			const lon = west + ((east - west) * step) / 100;
			const lat = south + ((north - south) * step) / 100;
			for (const position of [
				[lon, south],
				[lon, north],
				[west, lat],
				[east, lat]
			] as const) {
				projected.push(englandProjection([...position]) as Point);
			}
		}
		const box = boxOf(projected);
		expect(box.left).toBeCloseTo(0, 6);
		expect(box.right).toBeCloseTo(englandMapFrame.width, 6);
		expect(box.top).toBeGreaterThanOrEqual(-1e-6);
		expect(box.bottom).toBeLessThanOrEqual(englandMapFrame.height + 1e-6);
		// The frame is as tall as the box needs, to the unit above.
		expect(englandMapFrame.height - (box.bottom - box.top)).toBeLessThan(1);

		const [londonX = 0, londonY = 0] = englandProjection([-0.13, 51.51]) ?? [];
		const [newcastleX = 0, newcastleY = 0] = englandProjection([-1.61, 54.97]) ?? [];
		expect(newcastleY).toBeLessThan(londonY);
		expect(newcastleX).toBeLessThan(londonX);
		// On the central meridian, north is straight up, as on Ordnance Survey maps.
		const [southX = 0] = englandProjection([-2, 50]) ?? [];
		const [northX = 0] = englandProjection([-2, 55]) ?? [];
		expect(southX).toBeCloseTo(northX, 9);
	});
});

describe('RelativePathWriter', () => {
	const draw = (geometry: Parameters<ReturnType<typeof geoPath>>[0]) => {
		const writer = new RelativePathWriter(1);
		geoPath(null, writer)(geometry);
		return writer.result();
	};

	it('writes an absolute start, then steps between points rounded to a tenth', () => {
		expect(
			draw({
				type: 'MultiPolygon',
				coordinates: [
					[
						[
							[10, 20],
							[30.04, 5],
							[12.5, 40],
							[10, 20]
						]
					],
					[
						[
							[50, 60],
							[55, 60.96],
							[52, 70],
							[50, 60]
						]
					]
				]
			})
		).toBe('M10 20l20-15-17.5 35zm40 40l5 1-3 9z');
	});

	it('drops points that round onto the one before, and rings left with fewer than three', () => {
		expect(
			draw({
				type: 'MultiPolygon',
				coordinates: [
					[
						[
							[1, 1],
							[1.01, 1.02],
							[1.02, 1],
							[1, 1]
						]
					],
					[
						[
							[0, 0],
							[0.01, 0],
							[0.5, 0],
							[0.5, 0.5],
							[0, 0]
						]
					]
				]
			})
		).toBe('M0 0l.5 0 0 .5z');
	});
});

describe('the map drawn from the ONS-derived files', () => {
	it('draws all 153 authorities from either format, without an issue', () => {
		for (const { areas, issues } of [fromTopoJson, fromGeoJson]) {
			expect(issues).toEqual([]);
			expect(areas).toHaveLength(153);
			expect(new Set(areas.map((area) => area.gssCode)).size).toBe(153);
			for (const area of areas) expect(pathRings(area.path).length).toBeGreaterThan(0);
		}
		expect(byCode(fromTopoJson.areas, 'E09000022').name).toBe('Lambeth');
	});

	it('fits the whole map in under 45 KB of path data, London in under 4 KB', () => {
		// Before simplifying, the same outlines took 97 KB (absolute M/L to a tenth of a unit).
		for (const { areas } of [fromTopoJson, fromGeoJson]) {
			const bytes = (list: AreaBoundary[]) => list.reduce((sum, area) => sum + area.path.length, 0);
			expect(bytes(areas)).toBeLessThan(45_000);
			expect(bytes(areas.filter(isLondon))).toBeLessThan(4_000);
			for (const area of areas) expect(area.path).toMatch(/^M[\d. ]+l[-\d. lmz]+z$/);
		}
	});

	it('draws each area in the same place from either format', () => {
		// The files cut their shared borders at slightly different points, and simplifying keeps
		// the ends of each, so an outline may keep a different point here and there.
		const differences = fromGeoJson.areas.flatMap((area) => {
			const geoBox = boxOfPath(area.path);
			const topoBox = boxOfPath(byCode(fromTopoJson.areas, area.gssCode).path);
			return (['left', 'top', 'right', 'bottom'] as const).map((side) => {
				const difference = Math.abs(geoBox[side] - topoBox[side]);
				expect(difference, `${area.name} ${side}`).toBeLessThan(4);
				return difference;
			});
		});
		const mean = differences.reduce((sum, difference) => sum + difference, 0) / differences.length;
		expect(mean).toBeLessThan(0.2);
	});

	it('keeps every path inside the frame', () => {
		for (const { path } of [...fromGeoJson.areas, ...fromTopoJson.areas]) {
			const box = boxOfPath(path);
			expect(box.left).toBeGreaterThanOrEqual(0);
			expect(box.top).toBeGreaterThanOrEqual(0);
			expect(box.right).toBeLessThanOrEqual(englandMapFrame.width);
			expect(box.bottom).toBeLessThanOrEqual(englandMapFrame.height);
		}
	});

	it('puts Cornwall south-west of Northumberland, and the Isle of Wight south of Hampshire', () => {
		const box = (code: string) => boxOfPath(byCode(fromTopoJson.areas, code).path);
		const cornwall = box('E06000052');
		const northumberland = box('E06000057');
		expect(cornwall.right).toBeLessThan(northumberland.left);
		expect(cornwall.top).toBeGreaterThan(northumberland.bottom);
		expect(box('E06000046').top).toBeGreaterThan(box('E10000014').top);
	});

	it('puts every London borough inside London, a box small enough for its close-up', () => {
		const london = fromTopoJson.areas.filter(isLondon);
		expect(london).toHaveLength(33);
		const all = boxOf(london.flatMap((area) => pathRings(area.path).flat()));
		// London is about a tenth of the frame's width, so the close-up enlarges it tenfold.
		expect(all.right - all.left).toBeGreaterThan(40);
		expect(all.right - all.left).toBeLessThan(80);
		const [x = 0, y = 0] = englandProjection([-0.1276, 51.5072]) ?? []; // Charing Cross
		expect(x).toBeGreaterThan(all.left);
		expect(x).toBeLessThan(all.right);
		expect(y).toBeGreaterThan(all.top);
		expect(y).toBeLessThan(all.bottom);
		const lambeth = boxOfPath(byCode(fromTopoJson.areas, 'E09000022').path);
		expect(lambeth.left).toBeGreaterThan(all.left);
		expect(lambeth.right).toBeLessThan(all.right);
		// Big enough in the close-up to see its shape: several units across, many points.
		expect(lambeth.bottom - lambeth.top).toBeGreaterThan(5);
		expect(pathRings(byCode(fromTopoJson.areas, 'E09000022').path)[0]?.length).toBeGreaterThan(8);
	});

	it('simplifies a shared border once for both sides: no gaps or slivers between neighbours', () => {
		// Two areas either side of a border that zigzags too finely to draw, as GeoJSON: each
		// polygon has its own copy of the border, and the importer finds that they share it.
		// The west one's ring starts halfway along the border, so simplifying each polygon alone
		// would keep different points of it (a test that fails when they are simplified apart).
		const border = Array.from({ length: 51 }, (_, i) => [
			-0.5 + 0.001 * (i % 2) * (1 + (i % 7)),
			52 + i / 100
		]);
		const polygon = (ring: number[][]) => ({ type: 'Polygon', coordinates: [ring] });
		const west = polygon([...border.slice(25), [-1, 52.5], [-1, 52], ...border.slice(0, 26)]);
		const east = polygon([[0, 52], [0, 52.5], ...border.toReversed(), [0, 52]]);
		const { areas, issues } = parseBoundaries(
			JSON.stringify({
				type: 'FeatureCollection',
				features: [
					{ type: 'Feature', properties: { gss_code: 'E06000001', name: 'West' }, geometry: west },
					{ type: 'Feature', properties: { gss_code: 'E06000002', name: 'East' }, geometry: east }
				]
			})
		);
		expect(issues).toEqual([]);
		const [borderX = 0] = englandProjection([-0.5, 52.25]) ?? [];
		const onBorder = (area: AreaBoundary | undefined) =>
			pathRings(area?.path ?? '')
				.flat()
				.filter(([x]) => Math.abs(x - borderX) < 1)
				.map(([x, y]) => `${x},${y}`)
				.sort();
		const [westBorder, eastBorder] = areas.map(onBorder);
		expect(westBorder).toEqual(eastBorder);
		expect(westBorder?.length).toBeGreaterThanOrEqual(2);
		expect(westBorder?.length).toBeLessThan(border.length);

		// And in the real map: Lambeth and Southwark run side by side from the Thames to Crystal Palace.
		const points = (code: string) =>
			new Set(
				pathRings(byCode(fromGeoJson.areas, code).path)
					.flat()
					.map(([x, y]) => `${x},${y}`)
			);
		const southwark = points('E09000028');
		expect([...points('E09000022')].filter((point) => southwark.has(point)).length).toBeGreaterThan(
			3
		);
	});

	it('leaves out specks and pinholes but draws every area whole, holes where another area is', () => {
		const scilly = pathRings(byCode(fromTopoJson.areas, 'E06000053').path);
		expect(scilly.length).toBeGreaterThanOrEqual(1);
		for (const ring of scilly) expect(ring.length).toBeGreaterThanOrEqual(3);
		// Norfolk's outline has twenty pinholes (inland waters) in the file, which would show as
		// specks; Leicestershire's one hole is Leicester, drawn over it.
		const holes = (code: string) =>
			pathRings(byCode(fromTopoJson.areas, code).path).filter((ring) => signedArea(ring) < 0);
		expect(holes('E10000020')).toEqual([]);
		const [leicesterHole] = holes('E10000018');
		expect(holes('E10000018')).toHaveLength(1);
		const leicester = pathRings(byCode(fromTopoJson.areas, 'E06000016').path);
		expect(leicester.map(ringKey)).toEqual([ringKey(leicesterHole ?? [])]);
		expect(mapDetail.digits).toBe(1);
	});
});
