// What the readers of GeoJSON and TopoJSON boundary files share: the feature each finds, the
// problem a feature can have, and the checks of the values they read.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type {
	MultiPolygon as TopoMultiPolygon,
	Polygon as TopoPolygon
} from 'topojson-specification';

/** An outline a map can fill, in longitude and latitude. */
export type AreaGeometry = Polygon | MultiPolygon;

/** Thrown while reading a file, caught by `readBoundaryFile` and turned into an import issue. */
export class BoundaryProblem extends Error {}

/** A feature as found in the file, before its properties are checked. */
export interface FoundFeature {
	/** Where the feature starts in the text, for its line number. */
	offset: number;
	properties: unknown;
	/** Its outline in longitude and latitude, or why it could not be read. */
	geometry: AreaGeometry | BoundaryProblem;
	/** Its TopoJSON geometry object (arc indexes), when the file is a Topology. */
	arcs?: TopoPolygon | TopoMultiPolygon;
}

/** The geometry's type if it is one a map can fill. */
export function polygonType(geometry: unknown): AreaGeometry['type'] {
	if (!isObject(geometry)) throw new BoundaryProblem('it has no geometry');
	const { type } = geometry;
	if (type === 'Polygon' || type === 'MultiPolygon') return type;
	throw new BoundaryProblem(`geometry type ${JSON.stringify(type)} is not a polygon`);
}

export function position(value: unknown): Position {
	if (!Array.isArray(value) || value.length < 2) throw notPositions();
	const [lon, lat] = value as unknown[];
	if (!isFiniteNumber(lon) || !isFiniteNumber(lat)) throw notPositions();
	return [lon, lat];
}

export function notPositions(): BoundaryProblem {
	return new BoundaryProblem('coordinates are not lists of [longitude, latitude] numbers');
}

export function listOf<T>(value: unknown, read: (item: unknown) => T): T[] {
	if (!Array.isArray(value)) throw notPositions();
	return value.map((item: unknown) => read(item));
}

/** Runs `read`, returning the problem it reports instead of throwing it. */
export function attempt<T>(read: () => T): T | BoundaryProblem {
	try {
		return read();
	} catch (error) {
		if (error instanceof BoundaryProblem) return error;
		throw error;
	}
}

export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isFiniteNumber(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}
