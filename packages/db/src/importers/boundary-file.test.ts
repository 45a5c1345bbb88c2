import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../paths.js';
import { pathRings, ringKey } from '../testing/svg-paths.js';
import { parseBoundaries } from './boundaries.js';

// What the importer refuses, and where it says the problem is. Drawing is tested in
// boundary-map.test.ts, and writing to the database in boundaries.test.ts.

const dataDir = process.env.WHATWORKS_DATA_DIR ?? defaultDataDir;
const realGeoJson = readFileSync(join(dataDir, 'england_utla_2023_buc.geojson'), 'utf8');

type LonLat = [lon: number, lat: number];

/** A closed square ring, anticlockwise on the globe as RFC 7946 wants exteriors. */
function square(lon: number, lat: number, size: number): LonLat[] {
	return [
		[lon, lat],
		[lon + size, lat],
		[lon + size, lat + size],
		[lon, lat + size],
		[lon, lat]
	];
}

function feature(gssCode: unknown, name: unknown, geometry: unknown) {
	return { type: 'Feature', properties: { gss_code: gssCode, name }, geometry };
}

/** A FeatureCollection with one feature a line, as in the ONS-derived file: feature n on line n + 1. */
function featureCollection(features: unknown[]): string {
	const lines = features.map((item) => JSON.stringify(item)).join(',\n');
	return `{"type":"FeatureCollection","features":[\n${lines}\n]}`;
}

const lambethSquare = { type: 'Polygon', coordinates: [square(-0.12, 51.44, 0.1)] };

describe('parseBoundaries on broken GeoJSON', () => {
	it('reports invalid JSON once, on line 1', () => {
		const { areas, issues } = parseBoundaries(realGeoJson.slice(0, 5000));
		expect(areas).toEqual([]);
		expect(issues).toEqual([
			{ line: 1, message: expect.stringMatching(/^The file is not valid JSON: /) as string }
		]);
	});

	it('reports JSON that is neither GeoJSON nor TopoJSON, and files with no features', () => {
		expect(parseBoundaries('{"type":"Feature"}').issues).toEqual([
			{
				line: 1,
				message: 'Expected a GeoJSON FeatureCollection or a TopoJSON Topology, not type "Feature"'
			}
		]);
		expect(parseBoundaries(featureCollection([])).issues).toEqual([
			{ line: 1, message: 'The file has no features' }
		]);
	});

	it('reports each bad feature on its line, with its number and code', () => {
		const { areas, issues } = parseBoundaries(
			featureCollection([
				feature('E09000022', 'Lambeth', lambethSquare),
				feature('W06000001', 'Isle of Anglesey', {
					type: 'Polygon',
					coordinates: [square(-1, 52, 0.1)]
				}),
				feature('E06000001', 'Hartlepool', { type: 'Point', coordinates: [-1.2, 54.7] }),
				feature('E09000022', 'Lambeth again', lambethSquare),
				feature('E06000002', 'Middlesbrough', {
					type: 'Polygon',
					coordinates: [square(-8, 54, 0.1)]
				}),
				feature('E06000003', ' ', {
					type: 'Polygon',
					coordinates: [
						[
							[-1, 52],
							[-1, 53]
						]
					]
				}),
				feature(undefined, 'Nowhere', { type: 'Polygon', coordinates: [[['-1', 52]]] }),
				feature('E06000004', 'Stockton-on-Tees', {
					type: 'Polygon',
					coordinates: [square(-1.3, 54.5, 0.1)]
				})
			])
		);
		expect(areas.map((area) => area.gssCode)).toEqual(['E09000022', 'E06000004']);
		expect(issues).toEqual([
			{
				line: 3,
				message: 'feature 2 (W06000001): gss_code "W06000001" is not an ONS local authority code'
			},
			{ line: 4, message: 'feature 3 (E06000001): geometry type "Point" is not a polygon' },
			{ line: 5, message: 'feature 4 (E09000022): gss_code E09000022 repeats feature 1' },
			{
				line: 6,
				message:
					'feature 5 (E06000002): the point (-8, 54) lies outside England (longitude -7 to 2.5, latitude 49.5 to 56.5)'
			},
			{
				line: 7,
				message: 'feature 6 (E06000003): name is empty; a ring has fewer than four positions'
			},
			{
				line: 8,
				message:
					'feature 7 (no gss_code): gss_code undefined is not an ONS local authority code; coordinates are not lists of [longitude, latitude] numbers'
			}
		]);
	});

	it('counts lines to where a feature begins in pretty-printed files', () => {
		const text = JSON.stringify(
			JSON.parse(
				featureCollection([
					feature('E09000022', 'Lambeth', lambethSquare),
					feature('E09000022', 'Lambeth', lambethSquare)
				])
			),
			null,
			'\t'
		);
		const featureLines = text
			.split('\n')
			.flatMap((line, index) => (line === '\t\t{' ? [index + 1] : []));
		expect(parseBoundaries(text).issues).toEqual([
			{
				line: featureLines[1],
				message: 'feature 2 (E09000022): gss_code E09000022 repeats feature 1'
			}
		]);
	});

	it('skips a byte-order mark, and reports an outline too small to draw', () => {
		const { areas, issues } = parseBoundaries(
			`\uFEFF${featureCollection([
				feature('E09000022', 'Lambeth', lambethSquare),
				feature('E09000001', 'City of London', {
					type: 'Polygon',
					coordinates: [square(-0.1, 51.5, 1e-5)]
				})
			])}`
		);
		expect(areas.map((area) => area.name)).toEqual(['Lambeth']);
		expect(issues).toEqual([
			{ line: 3, message: 'feature 2 (E09000001): the outline is too small to draw at map scale' }
		]);
	});

	it('reports everything on line 1 when the file is one line', () => {
		const oneLine = featureCollection([
			feature('E09000022', 'Lambeth', lambethSquare),
			feature('E09000022', 'Lambeth', lambethSquare)
		]).replaceAll('\n', '');
		expect(parseBoundaries(oneLine).issues.map((issue) => issue.line)).toEqual([1]);
	});
});

describe('parseBoundaries on TopoJSON', () => {
	// The square (-1, 52)–(-0.9, 52.1) as two arcs, A→B→C and C→D→A.
	const plainArcs = [
		[
			[-1, 52],
			[-0.9, 52],
			[-0.9, 52.1]
		],
		[
			[-0.9, 52.1],
			[-1, 52.1],
			[-1, 52]
		]
	];
	// The same, quantized to a 0.001° grid from (-2, 51) and delta-encoded.
	const quantizedArcs = [
		[
			[1000, 1000],
			[100, 0],
			[0, 100]
		],
		[
			[1100, 1100],
			[-100, 0],
			[0, -100]
		]
	];
	const transform = { scale: [0.001, 0.001], translate: [-2, 51] };

	function topology(
		objects: Record<string, unknown[]>,
		arcs: number[][][] = plainArcs,
		extra: object = {}
	): string {
		const collections = Object.fromEntries(
			Object.entries(objects).map(([name, geometries]) => [
				name,
				{ type: 'GeometryCollection', geometries }
			])
		);
		return JSON.stringify({ type: 'Topology', ...extra, objects: collections, arcs });
	}

	function polygon(gssCode: string, arcs: unknown, type = 'Polygon') {
		return { type, arcs, properties: { gss_code: gssCode, name: 'Somewhere' } };
	}

	/** The outline whatever ring starts it and whichever way it runs. */
	const outline = (path: string) => pathRings(path).map(ringKey).sort();
	const expectedPath = parseBoundaries(
		featureCollection([
			feature('E06000001', 'Somewhere', { type: 'Polygon', coordinates: [square(-1, 52, 0.1)] })
		])
	).areas[0]?.path;

	it('decodes plain and quantized arcs, reversed arcs and MultiPolygons alike', () => {
		const geometries = [
			polygon('E06000001', [[0, 1]]),
			polygon('E06000002', [[~1, ~0]]),
			polygon('E06000003', [[[1, 0]]], 'MultiPolygon')
		];
		for (const text of [
			topology({ utla: geometries }),
			topology({ utla: geometries }, quantizedArcs, { transform })
		]) {
			const { areas, issues } = parseBoundaries(text);
			expect(issues).toEqual([]);
			const expected = outline(expectedPath ?? '');
			expect(areas.map((area) => outline(area.path))).toEqual([expected, expected, expected]);
		}
	});

	it('reads the only object when there is no "utla", and says which objects it found otherwise', () => {
		const geometries = [polygon('E06000001', [[0, 1]])];
		expect(parseBoundaries(topology({ counties: geometries })).areas).toHaveLength(1);
		expect(parseBoundaries(topology({ a: geometries, utla: geometries })).areas).toHaveLength(1);
		expect(parseBoundaries(topology({ a: geometries, b: geometries })).issues).toEqual([
			{ line: 1, message: 'The Topology has objects "a", "b": expected "utla" or just one' }
		]);
	});

	it('reports arc indexes out of range, bad arcs and bad transforms with the feature', () => {
		const { areas, issues } = parseBoundaries(
			topology({
				utla: [
					polygon('E06000001', [[0, 1]]),
					polygon('E06000002', [[0, 5]]),
					polygon('E06000003', [[0, ~2]]),
					polygon('E06000004', [[0.5]]),
					{ type: 'LineString', arcs: [0], properties: { gss_code: 'E06000005', name: 'X' } }
				]
			})
		);
		expect(areas).toHaveLength(1);
		expect(issues).toEqual([
			{
				line: 1,
				message: 'feature 2 (E06000002): arc index 5 is out of range: the Topology has 2 arcs'
			},
			{
				line: 1,
				message: 'feature 3 (E06000003): arc index -3 is out of range: the Topology has 2 arcs'
			},
			{ line: 1, message: 'feature 4 (E06000004): arcs are not lists of integer arc indexes' },
			{ line: 1, message: 'feature 5 (E06000005): geometry type "LineString" is not a polygon' }
		]);

		const badArc = topology({ utla: [polygon('E06000001', [[0, 1]])] }, [
			plainArcs[0] ?? [],
			[[-0.9]]
		]);
		expect(parseBoundaries(badArc).issues).toEqual([
			{ line: 1, message: 'feature 1 (E06000001): arc 1 is not a list of positions' }
		]);
		const badTransform = topology({ utla: [] }, quantizedArcs, { transform: { scale: [1] } });
		expect(parseBoundaries(badTransform).issues).toEqual([
			{
				line: 1,
				message: 'The Topology transform needs a scale and a translate of two numbers'
			}
		]);
	});
});
