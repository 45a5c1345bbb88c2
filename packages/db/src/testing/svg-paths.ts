/** A point of the map frame. */
export type Point = [x: number, y: number];

/**
 * The rings of SVG path data as the boundary importer writes it (`M`, then relative `m`/`l`,
 * each ring closed by `z`), as absolute points. For tests: to compare outlines and find shared
 * borders.
 */
export function pathRings(path: string): Point[][] {
	const rings: Point[][] = [];
	let current: Point = [0, 0];
	for (const [, command = '', args = ''] of path.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
		const numbers = args.match(/-?(?:\d+\.?\d*|\.\d+)/g)?.map(Number) ?? [];
		if (command === 'z' || command === 'Z') {
			current = rings.at(-1)?.[0] ?? current;
			continue;
		}
		const relative = command === command.toLowerCase();
		const points: Point[] = [];
		for (let i = 0; i + 1 < numbers.length; i += 2) {
			const [x = 0, y = 0] = [numbers[i], numbers[i + 1]];
			current = relative ? [round(current[0] + x), round(current[1] + y)] : [x, y];
			points.push(current);
		}
		if (command === 'M' || command === 'm') rings.push(points);
		else rings.at(-1)?.push(...points);
	}
	return rings;
}

/** Sums of tenths, kept exact so the same point read from two paths compares equal. */
function round(value: number): number {
	return Math.round(value * 1000) / 1000;
}

/** A ring's points as a key that ignores where the ring starts and which way it runs. */
export function ringKey(ring: readonly Point[]): string {
	return ring
		.map(([x, y]) => `${x},${y}`)
		.sort()
		.join(' ');
}
