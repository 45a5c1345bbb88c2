/** One area as the map draws it: outline, link, shade (a legend key index) and description. */
export interface MapAreaView {
	gssCode: string;
	name: string;
	/** SVG path data in the map frame. */
	path: string;
	href: string | null;
	/** Index into the legend's shades; null leaves the area unshaded. */
	shade: number | null;
	/** What the link says after the name, e.g. "Change Projects". */
	description: string;
}

/** A box in the map's SVG units. */
export interface Box {
	minX: number;
	minY: number;
	maxX: number;
	maxY: number;
}

/**
 * The bounding box of SVG path data made of straight lines: `M`/`L`/`H`/`V`/`Z` commands, absolute
 * or relative (the importer writes `M` then relative `m`/`l`; older databases hold absolute ones).
 */
export function pathBounds(path: string): Box {
	const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
	let [x, y] = [0, 0];
	let [startX, startY] = [0, 0];
	for (const [, command = 'M', args = ''] of path.matchAll(/([MmLlHhVvZz])([^MmLlHhVvZz]*)/g)) {
		const numbers = args.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi)?.map(Number) ?? [];
		const relative = command === command.toLowerCase();
		const kind = command.toUpperCase();
		if (kind === 'Z') [x, y] = [startX, startY];
		const visit = () => {
			box.minX = Math.min(box.minX, x);
			box.maxX = Math.max(box.maxX, x);
			box.minY = Math.min(box.minY, y);
			box.maxY = Math.max(box.maxY, y);
		};
		if (kind === 'H' || kind === 'V') {
			for (const value of numbers) {
				if (kind === 'H') x = relative ? x + value : value;
				else y = relative ? y + value : value;
				visit();
			}
			continue;
		}
		// After the first pair of an M, further pairs are lines.
		for (let i = 0; i + 1 < numbers.length; i += 2) {
			const [dx = 0, dy = 0] = [numbers[i], numbers[i + 1]];
			[x, y] = relative ? [x + dx, y + dy] : [dx, dy];
			if (kind === 'M' && i === 0) [startX, startY] = [x, y];
			visit();
		}
	}
	return box;
}

/** The box around several boxes. */
export function unionBox(boxes: Box[]): Box {
	return boxes.reduce(
		(all, box) => ({
			minX: Math.min(all.minX, box.minX),
			minY: Math.min(all.minY, box.minY),
			maxX: Math.max(all.maxX, box.maxX),
			maxY: Math.max(all.maxY, box.maxY)
		}),
		{ minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity }
	);
}

/**
 * A box around another with a margin, at least `minSize` across so a small borough is shown with
 * its neighbours.
 */
export function boxAround(box: Box, { margin = 0.15, minSize = 0 } = {}): Box {
	const centreX = (box.minX + box.maxX) / 2;
	const centreY = (box.minY + box.maxY) / 2;
	const width = Math.max(minSize, (box.maxX - box.minX) * (1 + 2 * margin));
	const height = Math.max(minSize, (box.maxY - box.minY) * (1 + 2 * margin));
	return {
		minX: centreX - width / 2,
		minY: centreY - height / 2,
		maxX: centreX + width / 2,
		maxY: centreY + height / 2
	};
}

/** Whether two boxes share any point: which areas a zoomed map needs to draw. */
export function boxesOverlap(a: Box, b: Box): boolean {
	return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

/** A box as an SVG viewBox attribute. */
export function toViewBox(box: Box): string {
	const r = (n: number) => Math.round(n * 10) / 10;
	return `${r(box.minX)} ${r(box.minY)} ${r(box.maxX - box.minX)} ${r(box.maxY - box.minY)}`;
}
