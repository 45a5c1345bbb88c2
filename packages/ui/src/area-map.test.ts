import { describe, expect, it } from 'vitest';
import { boxAround, boxesOverlap, pathBounds, toViewBox, unionBox } from './area-map.js';

describe('map geometry', () => {
	// The same two rings written absolute (as older imports stored them) and relative (as the
	// importer writes them now: the second ring's m starts from where the first began, as after z).
	it.each(['M10 20L30 5L12.5 40ZM50 60L55 61L52 70Z', 'M10 20l20-15-17.5 35zm40 40l5 1-3 9z'])(
		'finds the bounds of path data with several rings: %s',
		(path) => {
			expect(pathBounds(path)).toEqual({ minX: 10, minY: 5, maxX: 55, maxY: 70 });
		}
	);

	it('reads H, V and exponents', () => {
		expect(pathBounds('M.5 1h2v-3H-1V4l1e1 0Z')).toEqual({ minX: -1, minY: -2, maxX: 9, maxY: 4 });
	});

	it('zooms around a small area to at least the minimum size, and keeps neighbours that overlap', () => {
		const borough = pathBounds('M100 100L104 100L104 106Z');
		const view = boxAround(borough, { minSize: 90 });
		expect(toViewBox(view)).toBe('57 58 90 90');
		expect(boxesOverlap(view, pathBounds('M140 140L200 200Z'))).toBe(true);
		expect(boxesOverlap(view, pathBounds('M160 160L200 200Z'))).toBe(false);
	});

	it('joins boxes, e.g. the London boroughs for the close-up', () => {
		const box = unionBox([pathBounds('M0 0L1 1Z'), pathBounds('M5 -2L6 3Z')]);
		expect(toViewBox(boxAround(box, { margin: 0 }))).toBe('0 -2 6 5');
	});
});
