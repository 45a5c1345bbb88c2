import {
	attempt,
	BoundaryProblem,
	isObject,
	listOf,
	notPositions,
	polygonType,
	position,
	type AreaGeometry,
	type FoundFeature
} from './found-features.js';
import { elementOffsets, valueOffset } from './json-offsets.js';

/** The features of a GeoJSON FeatureCollection, with where each begins in the text. */
export function geoJsonFeatures(json: string, collection: Record<string, unknown>): FoundFeature[] {
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
