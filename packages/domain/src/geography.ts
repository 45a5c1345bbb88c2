import { gssCodeSchema } from './partner.js';

/** A longitude and latitude in degrees (WGS84), in GeoJSON's order. */
export type LonLat = readonly [lon: number, lat: number];

/** An area's outline: rings of positions, the first of each polygon its exterior, the rest holes. */
export type BoundaryGeometry =
	| { type: 'Polygon'; coordinates: LonLat[][] }
	| { type: 'MultiPolygon'; coordinates: LonLat[][][] };

/** One authority's outline, projected into {@link englandMapFrame} as SVG path data. */
export interface AreaBoundary {
	gssCode: string;
	name: string;
	path: string;
}

/** A problem with a boundary file, on the line where the bad feature begins (1 for one-line files). */
export interface BoundaryIssue {
	line: number;
	message: string;
}

/** The size of the SVG view box every boundary path is drawn in. */
export interface MapFrame {
	width: number;
	height: number;
}

/**
 * A generous box around England. Boundaries must lie inside it, and the map frame is fitted to it
 * rather than to the areas in a file, so an area's path never depends on which others came with it.
 */
export const englandBounds = { west: -7, east: 2.5, south: 49.5, north: 56.5 } as const;

const radiansPerDegree = Math.PI / 180;
/** The British National Grid's central meridian, so England looks as it does on Ordnance Survey maps. */
const centralMeridian = -2;

/** Spherical transverse Mercator on the unit sphere: [easting, northing] in radians. */
function transverseMercator(lon: number, lat: number): [number, number] {
	const longitude = (lon - centralMeridian) * radiansPerDegree;
	const latitude = lat * radiansPerDegree;
	return [
		Math.atanh(Math.cos(latitude) * Math.sin(longitude)),
		Math.atan2(Math.tan(latitude), Math.cos(longitude))
	];
}

// The box's extremes once projected: meridians converge northwards, so it is widest along its
// southern edge; parallels bow northwards away from the central meridian, so its lowest point is
// on that meridian and its highest a northern corner.
const frameWest = transverseMercator(englandBounds.west, englandBounds.south)[0];
const frameEast = transverseMercator(englandBounds.east, englandBounds.south)[0];
const frameSouth = transverseMercator(centralMeridian, englandBounds.south)[1];
const frameNorth = Math.max(
	transverseMercator(englandBounds.west, englandBounds.north)[1],
	transverseMercator(englandBounds.east, englandBounds.north)[1]
);
const frameWidth = 600;
const unitsPerRadian = frameWidth / (frameEast - frameWest);

/** The map's view box, 600 wide, just tall enough for {@link englandBounds}: 600 × 691. */
export const englandMapFrame: Readonly<MapFrame> = {
	width: frameWidth,
	height: Math.ceil((frameNorth - frameSouth) * unitsPerRadian)
};

/**
 * Where a longitude and latitude fall in {@link englandMapFrame}, north up (SVG's y grows
 * downwards). Unrounded, for placing markers as well as drawing boundaries.
 */
export function projectToMap([lon, lat]: LonLat): [x: number, y: number] {
	const [easting, northing] = transverseMercator(lon, lat);
	return [(easting - frameWest) * unitsPerRadian, (frameNorth - northing) * unitsPerRadian];
}

/**
 * Compact SVG path data for a boundary: `M x y L x y … Z` per ring, to a tenth of a unit. Points
 * that round onto the one before are dropped, and so are rings that shrink to under three points
 * (with the holes of an exterior that does). Exteriors wind one way and holes the other, so the
 * default nonzero fill rule cuts the holes.
 *
 * Files differ in where a ring starts (a TopoJSON ring at an arc's end), which way it winds
 * (RFC 7946 has exteriors anticlockwise, d3 and older files the reverse) and in what order
 * polygons come, none of which changes the outline. So each ring starts at its leftmost point and
 * rings are sorted by that point, making the same outline the same path whichever file it came
 * from, and re-importing it in another format a no-op but for rounding.
 */
export function boundaryPath(geometry: BoundaryGeometry): string {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return polygons
		.map(([exterior = [], ...holes]) => ({
			exterior: drawableRing(exterior, true),
			holes: holes.map((hole) => drawableRing(hole, false)).filter((hole) => hole.length > 0)
		}))
		.filter(({ exterior }) => exterior.length > 0)
		.sort((a, b) => compareStarts(a.exterior, b.exterior))
		.flatMap(({ exterior, holes }) => [exterior, ...holes.sort(compareStarts)])
		.map((ring) => `M${ring.map(([x, y]) => `${x} ${y}`).join('L')}Z`)
		.join('');
}

type Point = [x: number, y: number];

/**
 * The ring projected and rounded, wound clockwise on screen if an exterior and anticlockwise if a
 * hole, starting at its leftmost point (topmost among equals); empty if it shrinks away.
 */
function drawableRing(ring: readonly LonLat[], isExterior: boolean): Point[] {
	const points = roundedPoints(ring);
	if (points.length < 3) return [];
	if (signedArea(points) > 0 !== isExterior) points.reverse();
	const start = points.reduce(
		(best, point, index) => (comparePoints(point, points[best] ?? point) < 0 ? index : best),
		0
	);
	return [...points.slice(start), ...points.slice(0, start)];
}

/** Orders rings by their first point, leftmost first. */
function compareStarts(a: readonly Point[], b: readonly Point[]): number {
	const [startA, startB] = [a[0], b[0]];
	return startA && startB ? comparePoints(startA, startB) : 0;
}

function comparePoints([xA, yA]: Point, [xB, yB]: Point): number {
	return xA - xB || yA - yB;
}

/** The ring's projected points to one decimal place, without repeats or the closing point. */
function roundedPoints(ring: readonly LonLat[]): Point[] {
	const points: Point[] = [];
	for (const position of ring) {
		const [x, y] = projectToMap(position).map(toTenth) as Point;
		const last = points.at(-1);
		if (!last || last[0] !== x || last[1] !== y) points.push([x, y]);
	}
	const [first] = points;
	const last = points.at(-1);
	// `Z` closes the ring, so a closing point that repeats the first is redundant.
	if (first && last && points.length > 1 && first[0] === last[0] && first[1] === last[1]) {
		points.pop();
	}
	return points;
}

function toTenth(value: number): number {
	return Math.round(value * 10) / 10;
}

/** Twice the shoelace area, positive for a ring clockwise on screen (y down). */
function signedArea(points: readonly Point[]): number {
	let sum = 0;
	points.forEach(([x1, y1], index) => {
		const [x2, y2] = points[(index + 1) % points.length] ?? [x1, y1];
		sum += x1 * y2 - x2 * y1;
	});
	return sum;
}

/** Thrown while reading a file, caught in this module and turned into a {@link BoundaryIssue}. */
class BoundaryProblem extends Error {}

/** A feature as found in the file, before its properties are checked. */
interface FoundFeature {
	/** Where the feature starts in the text, for its line number. */
	offset: number;
	properties: unknown;
	geometry: BoundaryGeometry | BoundaryProblem;
}

/**
 * Reads a boundary file, GeoJSON FeatureCollection or TopoJSON Topology (object `utla`, or its
 * only object), and projects each area with {@link boundaryPath}. Every feature needs an ONS
 * `gss_code`, a `name` and a Polygon or MultiPolygon inside {@link englandBounds}; each bad one
 * is reported once, naming its number (the first is 1) and code. Pure: touches no database.
 * @example parseBoundaries(readFileSync('england_utla_2023_buc.topojson', 'utf8')).areas.length // 153
 */
export function parseBoundaries(text: string): { areas: AreaBoundary[]; issues: BoundaryIssue[] } {
	const json = text.replace(/^\uFEFF/, '');
	let features: FoundFeature[];
	try {
		features = findFeatures(json, parseJson(json));
	} catch (error) {
		if (!(error instanceof BoundaryProblem)) throw error;
		return { areas: [], issues: [{ line: 1, message: error.message }] };
	}
	if (features.length === 0) {
		return { areas: [], issues: [{ line: 1, message: 'The file has no features' }] };
	}

	const lines = lineNumbersAt(
		json,
		features.map((feature) => feature.offset)
	);
	const areas: AreaBoundary[] = [];
	const issues: BoundaryIssue[] = [];
	const seen = new Map<string, number>();
	features.forEach((feature, index) => {
		const number = index + 1;
		const result = checkFeature(feature, seen);
		const code = isObject(feature.properties) ? feature.properties.gss_code : undefined;
		if (typeof code === 'string' && !seen.has(code)) seen.set(code, number);
		if ('problems' in result) {
			const label = typeof code === 'string' || typeof code === 'number' ? code : 'no gss_code';
			issues.push({
				line: lines[index] ?? 1,
				message: `feature ${number} (${label}): ${result.problems.join('; ')}`
			});
		} else {
			areas.push(result);
		}
	});
	return { areas, issues };
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
): AreaBoundary | { problems: string[] } {
	const { gss_code: code, name } = isObject(properties) ? properties : {};
	const gss = gssCodeSchema.safeParse(code);
	const problems: string[] = [];
	if (!gss.success)
		problems.push(`gss_code ${JSON.stringify(code)} is not an ONS local authority code`);
	else if (seen.has(gss.data))
		problems.push(`gss_code ${gss.data} repeats feature ${seen.get(gss.data)}`);
	if (typeof name !== 'string' || !name.trim()) problems.push('name is empty');

	const path = outlinePath(geometry);
	if (path instanceof BoundaryProblem) problems.push(path.message);
	if (problems.length > 0 || !gss.success || typeof name !== 'string' || typeof path !== 'string') {
		return { problems };
	}
	return { gssCode: gss.data, name: name.trim(), path };
}

/** The outline's path data, or why it cannot be drawn. */
function outlinePath(geometry: BoundaryGeometry | BoundaryProblem): string | BoundaryProblem {
	if (geometry instanceof BoundaryProblem) return geometry;
	const problem = geometryProblem(geometry);
	if (problem) return new BoundaryProblem(problem);
	return (
		boundaryPath(geometry) || new BoundaryProblem('the outline is too small to draw at map scale')
	);
}

/** Why a decoded outline cannot be drawn, or undefined when it can. */
function geometryProblem(geometry: BoundaryGeometry): string | undefined {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	if (polygons.length === 0) return 'the MultiPolygon has no polygons';
	for (const rings of polygons) {
		if (rings.length === 0) return 'a polygon has no rings';
		for (const ring of rings) {
			if (ring.length < 4) return 'a ring has fewer than four positions';
			const outside = ring.find(([lon, lat]) => !insideEngland(lon, lat));
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
function findFeatures(json: string, document: unknown): FoundFeature[] {
	const type = isObject(document) ? document.type : undefined;
	if (isObject(document) && type === 'FeatureCollection') return geoJsonFeatures(json, document);
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
	return features.map((feature: unknown, index) => ({
		offset: offsets[index] ?? 0,
		properties: isObject(feature) ? feature.properties : undefined,
		geometry: attempt(() => {
			if (!isObject(feature) || feature.type !== 'Feature') {
				throw new BoundaryProblem('it is not a GeoJSON Feature');
			}
			return geoJsonGeometry(feature.geometry);
		})
	}));
}

function geoJsonGeometry(geometry: unknown): BoundaryGeometry {
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
function polygonType(geometry: unknown): BoundaryGeometry['type'] {
	if (!isObject(geometry)) throw new BoundaryProblem('it has no geometry');
	const { type } = geometry;
	if (type === 'Polygon' || type === 'MultiPolygon') return type;
	throw new BoundaryProblem(`geometry type ${JSON.stringify(type)} is not a polygon`);
}

function position(value: unknown): LonLat {
	if (!Array.isArray(value) || value.length < 2) throw notPositions();
	const [lon, lat] = value as unknown[];
	if (!isFiniteNumber(lon) || !isFiniteNumber(lat)) throw notPositions();
	return [lon, lat];
}

function notPositions(): BoundaryProblem {
	return new BoundaryProblem('coordinates are not lists of [longitude, latitude] numbers');
}

/** A TopoJSON transform: quantized positions are integers, delta-encoded along each arc. */
interface Transform {
	scale: LonLat;
	translate: LonLat;
}

function topologyFeatures(json: string, topology: Record<string, unknown>): FoundFeature[] {
	const { objects, arcs, transform } = topology;
	if (!isObject(objects)) throw new BoundaryProblem('The Topology has no objects');
	const name = topologyObjectName(objects);
	const object = objects[name];
	if (!Array.isArray(arcs)) throw new BoundaryProblem('The Topology has no arcs list');
	const decodedArcs = decodeArcs(arcs, readTransform(transform));

	// A GeometryCollection holds the features; a lone geometry is a one-feature file.
	const isCollection = isObject(object) && object.type === 'GeometryCollection';
	const geometries: unknown = isCollection ? object.geometries : [object];
	if (!Array.isArray(geometries)) {
		throw new BoundaryProblem(`The object "${name}" has no geometries list`);
	}
	const objectOffset = valueOffset(json, ['objects', name]);
	const offsets = isCollection
		? elementOffsets(json, valueOffset(json, ['objects', name, 'geometries']))
		: [objectOffset];
	return geometries.map((geometry: unknown, index) => ({
		offset: offsets[index] ?? 0,
		properties: isObject(geometry) ? geometry.properties : undefined,
		geometry: attempt(() => topologyGeometry(geometry, decodedArcs))
	}));
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

function readTransform(transform: unknown): Transform | undefined {
	if (transform === undefined) return undefined;
	try {
		if (!isObject(transform)) throw notPositions();
		return { scale: position(transform.scale), translate: position(transform.translate) };
	} catch {
		throw new BoundaryProblem(
			'The Topology transform needs a scale and a translate of two numbers'
		);
	}
}

/** Each arc as absolute positions, or undefined when malformed (reported only if a feature uses it). */
function decodeArcs(arcs: unknown[], transform: Transform | undefined): (LonLat[] | undefined)[] {
	return arcs.map((arc) => {
		const positions = attempt(() => listOf(arc, position));
		if (positions instanceof BoundaryProblem) return undefined;
		return transform ? dequantise(positions, transform) : positions;
	});
}

function dequantise(positions: LonLat[], { scale, translate }: Transform): LonLat[] {
	let x = 0;
	let y = 0;
	return positions.map(([dx, dy]) => {
		x += dx;
		y += dy;
		return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
	});
}

function topologyGeometry(
	geometry: unknown,
	arcs: readonly (LonLat[] | undefined)[]
): BoundaryGeometry {
	const type = polygonType(geometry);
	const arcIndexes = isObject(geometry) ? geometry.arcs : undefined;
	const polygons = type === 'Polygon' ? [arcIndexes] : arcIndexes;
	if (!Array.isArray(polygons)) throw notArcIndexes();
	const decoded = polygons.map((rings: unknown) => listOf(rings, (ring) => stitchRing(ring, arcs)));
	return type === 'Polygon'
		? { type, coordinates: decoded[0] ?? [] }
		: { type, coordinates: decoded };
}

/** Joins a ring's arcs end to end; a negative index `~i` means arc i reversed. */
function stitchRing(indexes: unknown, arcs: readonly (LonLat[] | undefined)[]): LonLat[] {
	if (!Array.isArray(indexes) || indexes.length === 0) throw notArcIndexes();
	const ring: LonLat[] = [];
	for (const index of indexes as unknown[]) {
		if (typeof index !== 'number' || !Number.isInteger(index)) throw notArcIndexes();
		const arcNumber = index < 0 ? ~index : index;
		if (arcNumber >= arcs.length) {
			throw new BoundaryProblem(
				`arc index ${index} is out of range: the Topology has ${arcs.length} arcs`
			);
		}
		const arc = arcs[arcNumber];
		if (!arc) throw new BoundaryProblem(`arc ${arcNumber} is not a list of positions`);
		// Each arc starts where the one before ended, so drop the shared point once.
		ring.pop();
		ring.push(...(index < 0 ? arc.toReversed() : arc));
	}
	return ring;
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

/** The 1-based line of each offset; offsets must ascend, as features do. */
function lineNumbersAt(text: string, offsets: readonly number[]): number[] {
	let line = 1;
	let position = 0;
	return offsets.map((offset) => {
		for (; position < offset; position++) if (text.charCodeAt(position) === 10) line++;
		return line;
	});
}

/** Where the value at `path` (object keys from the root) begins, or -1. */
function valueOffset(text: string, path: readonly string[]): number {
	let offset = skipWhitespace(text, 0);
	for (const key of path) {
		offset = memberOffset(text, offset, key);
		if (offset < 0) return -1;
	}
	return offset;
}

/** Where the value of `key` begins in the object at `start`, or -1; the last wins, as in JSON.parse. */
function memberOffset(text: string, start: number, key: string): number {
	if (text[start] !== '{') return -1;
	let found = -1;
	let index = skipWhitespace(text, start + 1);
	while (text[index] === '"') {
		const keyEnd = skipString(text, index);
		const name = JSON.parse(text.slice(index, keyEnd)) as string;
		const valueStart = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1);
		if (name === key) found = valueStart;
		index = skipSeparator(text, skipValue(text, valueStart));
	}
	return found;
}

/** Where each element of the array at `start` begins. */
function elementOffsets(text: string, start: number): number[] {
	if (start < 0 || text[start] !== '[') return [];
	const offsets: number[] = [];
	let index = skipWhitespace(text, start + 1);
	while (index < text.length && text[index] !== ']') {
		offsets.push(index);
		index = skipSeparator(text, skipValue(text, index));
	}
	return offsets;
}

function skipSeparator(text: string, index: number): number {
	const next = skipWhitespace(text, index);
	return text[next] === ',' ? skipWhitespace(text, next + 1) : next;
}

function skipWhitespace(text: string, index: number): number {
	let next = index;
	while (/\s/.test(text.charAt(next))) next++;
	return next;
}

function skipValue(text: string, start: number): number {
	const first = text[start];
	if (first === '"') return skipString(text, start);
	if (first === '{' || first === '[') return skipNested(text, start);
	// A number, true, false or null runs to the next delimiter.
	let index = start;
	while (index < text.length && !/[\s,\]}]/.test(text.charAt(index))) index++;
	return index;
}

function skipNested(text: string, start: number): number {
	let depth = 0;
	for (let index = start; index < text.length; index++) {
		const char = text[index];
		if (char === '"') index = skipString(text, index) - 1;
		else if (char === '{' || char === '[') depth++;
		else if (char === '}' || char === ']') {
			depth--;
			if (depth === 0) return index + 1;
		}
	}
	return text.length;
}

function skipString(text: string, start: number): number {
	for (let index = start + 1; index < text.length; index++) {
		if (text[index] === '\\') index++;
		else if (text[index] === '"') return index + 1;
	}
	return text.length;
}
