import { gssCodeSchema } from '@whatworks/domain';
import type { FeatureCollection } from 'geojson';
import { topology as toTopology } from 'topojson-server';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import {
	BoundaryProblem,
	isObject,
	type AreaGeometry,
	type FoundFeature
} from './found-features.js';
import { geoJsonFeatures } from './geojson-features.js';
import type { ImportIssue } from './import-result.js';
import { lineNumbersAt } from './json-offsets.js';
import { topologyFeatures } from './topojson-features.js';

/**
 * A generous box around England, in degrees. Boundaries must lie inside it, and the map's
 * projection is fitted to it rather than to the areas in a file, so an area's place on the map
 * never depends on which others came with it.
 */
export const englandBounds = { west: -7, east: 2.5, south: 49.5, north: 56.5 } as const;

/** One area of a boundary file that passed every check. */
export interface BoundaryArea {
	gssCode: string;
	name: string;
	/** Where its feature begins, for problems found later. */
	line: number;
	/** Its number in the file, the first 1. */
	number: number;
}

/** The areas' outlines as one topology in longitude and latitude: the geometry of `areas[i]` is `geometries[i]`. */
export type AreaTopology = Topology<{ areas: GeometryCollection }>;

/** A boundary file read and checked: the areas that passed, their outlines, and every problem. */
export interface BoundaryFile {
	areas: BoundaryArea[];
	topology: AreaTopology;
	issues: ImportIssue[];
}

/**
 * Reads a boundary file, GeoJSON FeatureCollection or TopoJSON Topology (object `utla`, or its
 * only object), checking every feature: an ONS `gss_code` not seen before, a `name`, and a
 * Polygon or MultiPolygon whose rings lie inside {@link englandBounds}. Each bad feature is one
 * issue on the line where it begins, naming its number and code. The features that pass come back
 * as one topology (a GeoJSON file's is built here, finding the borders its areas share), so they
 * can be simplified without opening gaps between neighbours.
 */
export function readBoundaryFile(text: string): BoundaryFile {
	const json = text.replace(/^\uFEFF/, '');
	let found: { features: FoundFeature[]; topology?: Topology };
	try {
		found = findFeatures(json, parseJson(json));
	} catch (error) {
		if (!(error instanceof BoundaryProblem)) throw error;
		return refused(error.message);
	}
	const { features } = found;
	if (features.length === 0) return refused('The file has no features');

	const lines = lineNumbersAt(
		json,
		features.map((item) => item.offset)
	);
	const areas: BoundaryArea[] = [];
	const geometries: AreaGeometry[] = [];
	const arcIndexes: (Polygon | MultiPolygon)[] = [];
	const issues: ImportIssue[] = [];
	const seen = new Map<string, number>();
	features.forEach((item, index) => {
		const number = index + 1;
		const line = lines[index] ?? 1;
		const result = checkFeature(item, seen);
		const code = isObject(item.properties) ? item.properties.gss_code : undefined;
		if (typeof code === 'string' && !seen.has(code)) seen.set(code, number);
		if ('problems' in result) {
			const label = typeof code === 'string' || typeof code === 'number' ? code : 'no gss_code';
			issues.push({ line, message: `feature ${number} (${label}): ${result.problems.join('; ')}` });
			return;
		}
		areas.push({ gssCode: result.gssCode, name: result.name, line, number });
		geometries.push(result.geometry);
		if (item.arcs) arcIndexes.push(item.arcs);
	});
	const collection: FeatureCollection = {
		type: 'FeatureCollection',
		features: geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry }))
	};
	return {
		areas,
		topology: found.topology
			? {
					...found.topology,
					objects: { areas: { type: 'GeometryCollection', geometries: arcIndexes } }
				}
			: (toTopology({ areas: collection }) as AreaTopology),
		issues
	};
}

function refused(message: string): BoundaryFile {
	return {
		areas: [],
		topology: {
			type: 'Topology',
			arcs: [],
			objects: { areas: { type: 'GeometryCollection', geometries: [] } }
		},
		issues: [{ line: 1, message }]
	};
}

function parseJson(json: string): unknown {
	try {
		return JSON.parse(json);
	} catch (error) {
		throw new BoundaryProblem(`The file is not valid JSON: ${(error as Error).message}`);
	}
}

/** Checks one feature's code, name and outline; `seen` maps codes to the feature they were first in. */
function checkFeature(
	{ properties, geometry }: FoundFeature,
	seen: ReadonlyMap<string, number>
): { gssCode: string; name: string; geometry: AreaGeometry } | { problems: string[] } {
	const { gss_code: code, name } = isObject(properties) ? properties : {};
	const gss = gssCodeSchema.safeParse(code);
	const problems: string[] = [];
	if (!gss.success)
		problems.push(`gss_code ${JSON.stringify(code)} is not an ONS local authority code`);
	else if (seen.has(gss.data))
		problems.push(`gss_code ${gss.data} repeats feature ${seen.get(gss.data)}`);
	if (typeof name !== 'string' || !name.trim()) problems.push('name is empty');

	const outline =
		geometry instanceof BoundaryProblem ? geometry.message : geometryProblem(geometry);
	if (outline !== undefined) problems.push(outline);
	if (problems.length > 0 || !gss.success || typeof name !== 'string') return { problems };
	return { gssCode: gss.data, name: name.trim(), geometry: geometry as AreaGeometry };
}

/** Why a decoded outline cannot be drawn, or undefined when it can. */
function geometryProblem(geometry: AreaGeometry): string | undefined {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	if (polygons.length === 0) return 'the MultiPolygon has no polygons';
	for (const rings of polygons) {
		if (rings.length === 0) return 'a polygon has no rings';
		for (const ring of rings) {
			if (ring.length < 4) return 'a ring has fewer than four positions';
			const outside = ring.find(([lon = NaN, lat = NaN]) => !insideEngland(lon, lat));
			if (outside) {
				const { west, east, south, north } = englandBounds;
				return (
					`the point (${outside[0]}, ${outside[1]}) lies outside England ` +
					`(longitude ${west} to ${east}, latitude ${south} to ${north})`
				);
			}
		}
	}
	return undefined;
}

function insideEngland(lon: number, lat: number): boolean {
	const { west, east, south, north } = englandBounds;
	return lon >= west && lon <= east && lat >= south && lat <= north;
}

/** The features of a GeoJSON FeatureCollection or TopoJSON Topology, with where each begins. */
function findFeatures(
	json: string,
	document: unknown
): { features: FoundFeature[]; topology?: Topology } {
	const type = isObject(document) ? document.type : undefined;
	if (isObject(document) && type === 'FeatureCollection') {
		return { features: geoJsonFeatures(json, document) };
	}
	if (isObject(document) && type === 'Topology') return topologyFeatures(json, document);
	throw new BoundaryProblem(
		`Expected a GeoJSON FeatureCollection or a TopoJSON Topology, not ${
			typeof type === 'string' ? `type "${type}"` : 'this JSON'
		}`
	);
}
