import { englandMapFrame } from '@whatworks/domain';
import { geoPath, geoTransverseMercator, type GeoContext } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature, transform } from 'topojson-client';
import { planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type {
	Arc,
	MultiPolygon as TopoMultiPolygon,
	Polygon as TopoPolygon
} from 'topojson-specification';
import { englandBounds, type AreaTopology } from './boundary-file.js';

/**
 * The map's projection: transverse Mercator on the British National Grid's central meridian (2°W),
 * so England looks as it does on Ordnance Survey maps, fitted to {@link englandBounds} in the
 * fixed {@link englandMapFrame}. Fitted to that box, not to a file's areas, so an area lands in
 * the same place whichever others came with it.
 */
export const englandProjection = geoTransverseMercator()
	.rotate([2, 0])
	.fitExtent(
		[
			[0, 0],
			[englandMapFrame.width, englandMapFrame.height]
		],
		{ type: 'MultiPoint', coordinates: boxOutline(englandBounds) }
	);

/** Points along a longitude–latitude box's edges, which bow once projected. */
function boxOutline({ west, east, south, north }: typeof englandBounds): Position[] {
	const steps = 50;
	return Array.from({ length: steps + 1 }, (_, step) => {
		const lon = west + ((east - west) * step) / steps;
		const lat = south + ((north - south) * step) / steps;
		return [
			[lon, south],
			[lon, north],
			[west, lat],
			[east, lat]
		];
	}).flat();
}

/**
 * How much detail the map keeps, in its own units (the frame is 600 wide, drawn about 500 pixels
 * wide on the partners page and up to three times larger on a partner's neighbour map).
 */
export const mapDetail = {
	/** A point goes when the triangle it makes with its neighbours is smaller than this. */
	minTriangleArea: 2.5,
	/** Islands smaller than this go, but never an area's largest part. */
	minIslandArea: 0.5,
	/** Decimal places of the path data: a tenth of a unit, a pixel in London's close-up. */
	digits: 1
} as const;

/** The drawn outline of each area, or null where nothing is left to draw at map scale. */
export type DrawnPaths = (string | null)[];

/**
 * Draws each area of the topology as compact SVG path data in {@link englandMapFrame}:
 * projects every arc once, simplifies the arcs (so a border two areas share is simplified once,
 * the same for both, leaving no gaps or slivers), drops specks, and writes relative path data to
 * {@link mapDetail}.digits places. London's boroughs, which the site shows in a close-up about ten
 * times larger, keep the detail that close-up needs.
 */
export function drawAreas(topology: AreaTopology, gssCodes: readonly string[]): DrawnPaths {
	const projected = projectArcs(topology);
	const geometries = projected.objects.areas.geometries as (TopoPolygon | TopoMultiPolygon)[];
	const londonBox = boxOfArcs(
		projected.arcs,
		geometries.filter((_, index) => gssCodes[index]?.startsWith('E09')).flatMap(ringsOf)
	);
	const londonWeight = londonBox
		? (englandMapFrame.width / (londonBox.maxX - londonBox.minX)) ** 2
		: 1;
	const weighed = presimplify(projected, (triangle) => {
		const [x = 0, y = 0] = triangle[1];
		const inLondon =
			londonBox &&
			x >= londonBox.minX &&
			x <= londonBox.maxX &&
			y >= londonBox.minY &&
			y <= londonBox.maxY;
		return planarTriangleArea(triangle) * (inLondon ? londonWeight : 1);
	});
	keepRingsDrawable(weighed.arcs, geometries.flatMap(ringsOf));
	const simplified = simplify(weighed, mapDetail.minTriangleArea);
	const filled = areasFilling(geometries);
	return geometries.map((geometry) => {
		const outline = drawableOutline(
			geometry.type === 'Polygon'
				? feature(simplified, geometry).geometry
				: feature(simplified, geometry).geometry,
			(polygon, ring) =>
				polygonsOf(geometry)[polygon]?.[ring]?.some((index) => filled(index, geometry)) ?? false
		);
		const writer = new RelativePathWriter(mapDetail.digits);
		// Rounding again to the same places changes nothing: the writer only writes the steps.
		geoPath(null, writer)(outline);
		return writer.result() || null;
	});
}

/** The topology with every arc's positions decoded and projected into the map frame. */
function projectArcs(topology: AreaTopology): AreaTopology {
	const decode = transform(topology.transform ?? null);
	return {
		type: 'Topology',
		objects: topology.objects,
		arcs: topology.arcs.map((arc) =>
			arc.map((point, index) => {
				// The decoder restarts its running sums at each arc's first point.
				const [lon = NaN, lat = NaN] = decode(point, index > 0);
				return englandProjection([lon, lat]) ?? [NaN, NaN];
			})
		)
	};
}

/** Each polygon of a TopoJSON geometry as its rings' arc indexes. */
function polygonsOf(geometry: TopoPolygon | TopoMultiPolygon): number[][][] {
	return geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
}

/** Each ring of a TopoJSON geometry as its arc indexes. */
function ringsOf(geometry: TopoPolygon | TopoMultiPolygon): number[][] {
	return polygonsOf(geometry).flat();
}

/** Whether an arc (by index, either way) is a border of an area other than `geometry`. */
function areasFilling(
	geometries: readonly (TopoPolygon | TopoMultiPolygon)[]
): (index: number, geometry: TopoPolygon | TopoMultiPolygon) => boolean {
	const users = new Map<number, Set<TopoPolygon | TopoMultiPolygon>>();
	for (const geometry of geometries) {
		for (const index of ringsOf(geometry).flat()) {
			const arc = index < 0 ? ~index : index;
			users.set(arc, (users.get(arc) ?? new Set()).add(geometry));
		}
	}
	return (index, geometry) =>
		[...(users.get(index < 0 ? ~index : index) ?? [])].some((user) => user !== geometry);
}

interface Box {
	minX: number;
	minY: number;
	maxX: number;
	maxY: number;
}

function boxOfArcs(arcs: readonly Arc[], rings: readonly number[][]): Box | null {
	const points = rings.flat().flatMap((index) => arcs[index < 0 ? ~index : index] ?? []);
	if (points.length === 0) return null;
	const xs = points.map(([x = 0]) => x);
	const ys = points.map(([, y = 0]) => y);
	return {
		minX: Math.min(...xs),
		minY: Math.min(...ys),
		maxX: Math.max(...xs),
		maxY: Math.max(...ys)
	};
}

/**
 * Simplifying keeps each arc's ends, so a ring of three or more arcs keeps a shape; a ring of one
 * or two (an island, or an area inside another) would collapse to a line. Each arc of such a ring
 * keeps its three weightiest points whatever the threshold.
 */
function keepRingsDrawable(weighedArcs: readonly Arc[], rings: readonly number[][]): void {
	for (const ring of rings) {
		if (ring.length > 2) continue;
		for (const index of ring) {
			const arc = weighedArcs[index < 0 ? ~index : index] ?? [];
			const inner = arc.slice(1, -1).toSorted((a, b) => (b[2] ?? 0) - (a[2] ?? 0));
			for (const point of inner.slice(0, 3)) point[2] = Infinity;
		}
	}
}

type Ring = [number, number][];

/**
 * The outline as it will be drawn: points rounded to {@link mapDetail}.digits places, without
 * repeats; without islands too small to see, but always with the area's largest part, so every
 * area is drawn; with only the holes another area fills (a city inside its county), not the lakes
 * and pinholes the dissolved districts left, which would show as specks of background; exteriors
 * clockwise on screen and holes anticlockwise, so SVG's default fill rule cuts the holes.
 * `isFilledHole(p, r)` says whether ring r (1 or more) of polygon p is a border with another area.
 *
 * Files differ in where a ring starts (a TopoJSON ring at an arc's end), which way it winds
 * (RFC 7946 has exteriors anticlockwise, d3 and older files the reverse) and in what order
 * polygons come, none of which changes the outline. So each ring starts at its leftmost point and
 * rings are sorted by that point, making the same outline the same path whichever file it came
 * from.
 */
function drawableOutline(
	geometry: Polygon | MultiPolygon | null,
	isFilledHole: (polygon: number, ring: number) => boolean
): MultiPolygon {
	const polygons = !geometry
		? []
		: geometry.type === 'Polygon'
			? [geometry.coordinates]
			: geometry.coordinates;
	const parts = polygons
		.map(([exterior = [], ...holes], polygon) => ({
			exterior: roundedRing(exterior),
			holes: holes
				.filter((_, index) => isFilledHole(polygon, index + 1))
				.map(roundedRing)
				.filter((hole) => hole.length >= 3)
		}))
		.filter(({ exterior }) => exterior.length >= 3)
		.map((part) => ({ ...part, size: Math.abs(signedArea(part.exterior)) }));
	const largest = Math.max(...parts.map(({ size }) => size));
	return {
		type: 'MultiPolygon',
		coordinates: parts
			.filter(({ size }) => size === largest || size >= mapDetail.minIslandArea)
			.map(({ exterior, holes }) => ({
				exterior: normalisedRing(exterior, true),
				holes: holes.map((hole) => normalisedRing(hole, false)).sort(compareStarts)
			}))
			.sort((a, b) => compareStarts(a.exterior, b.exterior))
			.map(({ exterior, holes }) => [exterior, ...holes].map(closed))
	};
}

/** The ring's points rounded as they will be written, without repeats or a closing point. */
function roundedRing(ring: Position[]): Ring {
	const scale = 10 ** mapDetail.digits;
	const points: Ring = [];
	for (const [x = 0, y = 0] of ring) {
		const point: [number, number] = [Math.round(x * scale) / scale, Math.round(y * scale) / scale];
		const last = points.at(-1);
		if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
	}
	const [first] = points;
	const last = points.at(-1);
	if (first && last && points.length > 1 && first[0] === last[0] && first[1] === last[1]) {
		points.pop();
	}
	return points;
}

/** The ring wound clockwise on screen if an exterior, anticlockwise if a hole, from its leftmost point. */
function normalisedRing(ring: Ring, isExterior: boolean): Ring {
	const points = signedArea(ring) > 0 === isExterior ? ring : ring.toReversed();
	const start = points.reduce(
		(best, point, index) => (comparePoints(point, points[best] ?? point) < 0 ? index : best),
		0
	);
	return [...points.slice(start), ...points.slice(0, start)];
}

function closed(ring: Ring): Ring {
	const [first] = ring;
	return first ? [...ring, first] : ring;
}

/** Orders rings by their first point, leftmost first. */
function compareStarts(a: Ring, b: Ring): number {
	const [startA, startB] = [a[0], b[0]];
	return startA && startB ? comparePoints(startA, startB) : 0;
}

function comparePoints([xA, yA]: [number, number], [xB, yB]: [number, number]): number {
	return xA - xB || yA - yB;
}

/** Twice the shoelace area, positive for a ring clockwise on screen (y down). */
function signedArea(ring: Ring): number {
	let sum = 0;
	ring.forEach(([x1, y1], index) => {
		const [x2, y2] = ring[(index + 1) % ring.length] ?? [x1, y1];
		sum += x1 * y2 - x2 * y1;
	});
	return sum / 2;
}

/**
 * A d3-geo path context writing compact SVG path data: an absolute `M` to start, then relative
 * `m`/`l` commands between points rounded to `digits` places. Deltas are taken between rounded
 * points, so rounding never drifts, and neighbours sharing a border share its rounded points.
 * Points that round onto the one before are dropped, and rings left with fewer than three.
 */
export class RelativePathWriter implements GeoContext {
	private readonly scale: number;
	private output = '';
	private ring: [number, number][] = [];
	/** The current point, in rounded units (times `scale`): where the last ring started. */
	private current: [number, number] | null = null;

	constructor(digits: number) {
		this.scale = 10 ** digits;
	}

	beginPath(): void {}

	moveTo(x: number, y: number): void {
		this.ring = [this.round(x, y)];
	}

	lineTo(x: number, y: number): void {
		const point = this.round(x, y);
		const last = this.ring.at(-1);
		if (!last || last[0] !== point[0] || last[1] !== point[1]) this.ring.push(point);
	}

	closePath(): void {
		const [first, ...rest] = this.ring;
		const last = rest.at(-1);
		// `z` closes the ring, so a last point that repeats the first is redundant.
		if (first && last && last[0] === first[0] && last[1] === first[1]) rest.pop();
		this.ring = [];
		if (!first || rest.length < 2) return;
		this.output += this.current
			? `m${this.pair(first, this.current)}`
			: `M${this.number(first[0])} ${this.number(first[1])}`;
		let previous = first;
		this.output += `l${rest
			.map((point) => {
				const step = this.pair(point, previous);
				previous = point;
				return step;
			})
			.join(' ')
			.replaceAll(' -', '-')}z`;
		this.current = first;
	}

	arc(): void {}

	result(): string {
		return this.output;
	}

	private round(x: number, y: number): [number, number] {
		return [Math.round(x * this.scale), Math.round(y * this.scale)];
	}

	/** The step from one rounded point to another, as SVG numbers. */
	private pair([x, y]: [number, number], [fromX, fromY]: [number, number]): string {
		const dy = this.number(y - fromY);
		return `${this.number(x - fromX)}${dy.startsWith('-') ? '' : ' '}${dy}`;
	}

	private number(units: number): string {
		return String(units / this.scale).replace(/^(-?)0\./, '$1.');
	}
}
