import type { Feature, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Arc, MultiPolygon, Polygon, Topology, Transform } from 'topojson-specification';
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

/**
 * The features of a TopoJSON Topology, with where each begins in the text, and the topology
 * whose arcs they use.
 */
export function topologyFeatures(
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
						// A polygon's feature has its outline as geometry (topojson-client's types name
						// every geometry object's feature alike).
						geometry: (feature(topology, arcIndexes) as Feature<AreaGeometry>).geometry
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
