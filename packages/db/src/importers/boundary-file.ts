import { gssCodeSchema } from '@whatworks/domain';
import type {
	FeatureCollection,
	MultiPolygon as GeoMultiPolygon,
	Polygon as GeoPolygon,
	Position
} from 'geojson';
import { feature } from 'topojson-client';
import { topology as toTopology } from 'topojson-server';
import type {
	Arc,
	GeometryCollection,
	MultiPolygon,
	Polygon,
	Topology,
	Transform
} from 'topojson-specification';
import type { ImportIssue } from './import-result.js';
import { elementOffsets, lineNumbersAt, valueOffset } from './json-offsets.js';

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

type AreaGeometry = GeoPolygon | GeoMultiPolygon;

/** Thrown while reading a file, caught in this module and turned into an {@link ImportIssue}. */
class BoundaryProblem extends Error {}

/** A feature as found in the file, before its properties are checked. */
interface FoundFeature {
	/** Where the feature starts in the text, for its line number. */
	offset: number;
	properties: unknown;
	/** Its outline in longitude and latitude, or why it could not be read. */
	geometry: AreaGeometry | BoundaryProblem;
	/** Its TopoJSON geometry object (arc indexes), when the file is a Topology. */
	arcs?: Polygon | MultiPolygon;
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

function geoJsonFeatures(json: string, collection: Record<string, unknown>): FoundFeature[] {
	const { features } = collection;
	if (!Array.isArray(features))
		throw new BoundaryProblem('The FeatureCollection has no features list');
	const offsets = elementOffsets(json, valueOffset(json, ['features']));
	return features.map((item: unknown, index) => ({
		offset: offsets[index] ?? 0,
		properties: isObject(item) ? item.properties : undefined,
		geometry: attempt(() => {
			if (!isObject(item) || item.type !== 'Feature') {
				throw new BoundaryProblem('it is not a GeoJSON Feature');
			}
			return geoJsonGeometry(item.geometry);
		})
	}));
}

function geoJsonGeometry(geometry: unknown): AreaGeometry {
	const type = polygonType(geometry);
	const coordinates = isObject(geometry) ? geometry.coordinates : undefined;
	const polygons = type === 'Polygon' ? [coordinates] : coordinates;
	if (!Array.isArray(polygons)) throw notPositions();
	const decoded = polygons.map((rings: unknown) => listOf(rings, (ring) => listOf(ring, position)));
	return type === 'Polygon'
		? { type, coordinates: decoded[0] ?? [] }
		: { type, coordinates: decoded };
}

/** The geometry's type if it is one a map can fill. */
function polygonType(geometry: unknown): AreaGeometry['type'] {
	if (!isObject(geometry)) throw new BoundaryProblem('it has no geometry');
	const { type } = geometry;
	if (type === 'Polygon' || type === 'MultiPolygon') return type;
	throw new BoundaryProblem(`geometry type ${JSON.stringify(type)} is not a polygon`);
}

function position(value: unknown): Position {
	if (!Array.isArray(value) || value.length < 2) throw notPositions();
	const [lon, lat] = value as unknown[];
	if (!isFiniteNumber(lon) || !isFiniteNumber(lat)) throw notPositions();
	return [lon, lat];
}

function notPositions(): BoundaryProblem {
	return new BoundaryProblem('coordinates are not lists of [longitude, latitude] numbers');
}

function topologyFeatures(
	json: string,
	document: Record<string, unknown>
): { features: FoundFeature[]; topology: Topology } {
	const { objects, arcs, transform } = document;
	if (!isObject(objects)) throw new BoundaryProblem('The Topology has no objects');
	const name = topologyObjectName(objects);
	const object = objects[name];
	if (!Array.isArray(arcs)) throw new BoundaryProblem('The Topology has no arcs list');
	// An arc that is not a list of positions is reported by the features that use it. In the
	// topology it becomes a one-point placeholder, keeping the arcs' numbering, so the features that
	// passed can still be drawn (to find any too small to draw).
	const checkedArcs = arcs.map((arc) =>
		attempt(() => {
			const positions = listOf(arc, position);
			if (positions.length < 2) throw notPositions();
			return positions;
		})
	);
	const topology: Topology = {
		type: 'Topology',
		...(transform === undefined ? {} : { transform: readTransform(transform) }),
		arcs: checkedArcs.map((arc) => (arc instanceof BoundaryProblem ? [[0, 0]] : (arc as Arc))),
		objects: {}
	};

	// A GeometryCollection holds the features; a lone geometry is a one-feature file.
	const isCollection = isObject(object) && object.type === 'GeometryCollection';
	const geometries: unknown = isCollection ? object.geometries : [object];
	if (!Array.isArray(geometries)) {
		throw new BoundaryProblem(`The object "${name}" has no geometries list`);
	}
	const offsets = isCollection
		? elementOffsets(json, valueOffset(json, ['objects', name, 'geometries']))
		: [valueOffset(json, ['objects', name])];
	const features = geometries.map((geometry: unknown, index): FoundFeature => {
		const arcIndexes = attempt(() => topologyGeometry(geometry, checkedArcs));
		return {
			offset: offsets[index] ?? 0,
			properties: isObject(geometry) ? geometry.properties : undefined,
			...(arcIndexes instanceof BoundaryProblem
				? { geometry: arcIndexes }
				: {
						arcs: arcIndexes,
						geometry:
							arcIndexes.type === 'Polygon'
								? feature(topology, arcIndexes).geometry
								: feature(topology, arcIndexes).geometry
					})
		};
	});
	return { features, topology };
}

/** The object holding the areas: `utla`, as in the ONS-derived file, or else the only one. */
function topologyObjectName(objects: Record<string, unknown>): string {
	const names = Object.keys(objects);
	if (names.includes('utla')) return 'utla';
	const [only] = names;
	if (only !== undefined && names.length === 1) return only;
	throw new BoundaryProblem(
		names.length === 0
			? 'The Topology has no objects'
			: `The Topology has objects ${names.map((n) => `"${n}"`).join(', ')}: expected "utla" or just one`
	);
}

function readTransform(transform: unknown): Transform {
	try {
		if (!isObject(transform)) throw notPositions();
		const [scaleX, scaleY] = position(transform.scale);
		const [translateX, translateY] = position(transform.translate);
		return { scale: [scaleX ?? 1, scaleY ?? 1], translate: [translateX ?? 0, translateY ?? 0] };
	} catch {
		throw new BoundaryProblem(
			'The Topology transform needs a scale and a translate of two numbers'
		);
	}
}

/**
 * The geometry as a TopoJSON Polygon or MultiPolygon whose every arc index names an arc of
 * positions; a negative index `~i` means arc i reversed.
 */
function topologyGeometry(
	geometry: unknown,
	arcs: readonly (Position[] | BoundaryProblem)[]
): Polygon | MultiPolygon {
	const type = polygonType(geometry);
	const arcIndexes = isObject(geometry) ? geometry.arcs : undefined;
	const polygons = type === 'Polygon' ? [arcIndexes] : arcIndexes;
	if (!Array.isArray(polygons)) throw notArcIndexes();
	const checked = polygons.map((rings: unknown) => listOf(rings, (ring) => checkRing(ring, arcs)));
	return type === 'Polygon' ? { type, arcs: checked[0] ?? [] } : { type, arcs: checked };
}

function checkRing(indexes: unknown, arcs: readonly (Position[] | BoundaryProblem)[]): number[] {
	if (!Array.isArray(indexes) || indexes.length === 0) throw notArcIndexes();
	return (indexes as unknown[]).map((index) => {
		if (typeof index !== 'number' || !Number.isInteger(index)) throw notArcIndexes();
		const arcNumber = index < 0 ? ~index : index;
		if (arcNumber >= arcs.length) {
			throw new BoundaryProblem(
				`arc index ${index} is out of range: the Topology has ${arcs.length} arcs`
			);
		}
		if (arcs[arcNumber] instanceof BoundaryProblem) {
			throw new BoundaryProblem(`arc ${arcNumber} is not a list of positions`);
		}
		return index;
	});
}

function notArcIndexes(): BoundaryProblem {
	return new BoundaryProblem('arcs are not lists of integer arc indexes');
}

function listOf<T>(value: unknown, read: (item: unknown) => T): T[] {
	if (!Array.isArray(value)) throw notPositions();
	return value.map((item: unknown) => read(item));
}

/** Runs `read`, returning the problem it reports instead of throwing it. */
function attempt<T>(read: () => T): T | BoundaryProblem {
	try {
		return read();
	} catch (error) {
		if (error instanceof BoundaryProblem) return error;
		throw error;
	}
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

// Line numbers: JSON.parse keeps no positions, so a small scanner finds where values begin in
// text JSON.parse has already accepted. It only skips over values, never interprets them.
