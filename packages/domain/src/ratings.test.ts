import { describe, expect, it } from 'vitest';
import {
	effectivenessFromPublished,
	effectivenessKeys,
	effectivenessScale,
	strengthFromScore,
	strengthKeys,
	strengthScale
} from './ratings.js';

describe('the rating scales', () => {
	it('give every effectiveness level a distinct label and icon, so no rating relies on colour', () => {
		const levels = effectivenessKeys.map((key) => effectivenessScale[key]);
		expect(new Set(levels.map((l) => l.label)).size).toBe(effectivenessKeys.length);
		expect(new Set(levels.map((l) => l.icon)).size).toBe(effectivenessKeys.length);
	});

	it('number strength from 0 (very low) to 3 (high) in tuple order', () => {
		expect(strengthKeys.map((key) => strengthScale[key].score)).toEqual([0, 1, 2, 3]);
	});
});

describe('reading the original Evidence Store scores', () => {
	it('maps effectiveness 0–2 and "mixed" onto our scale', () => {
		expect(
			[2, 1, 0, 'mixed'].map((s) => effectivenessFromPublished(s as 0 | 1 | 2 | 'mixed'))
		).toEqual(['consistently-positive', 'tends-positive', 'no-effect', 'mixed']);
	});

	it('maps strength scores and refuses scores off the scale', () => {
		expect(strengthFromScore(3)).toBe('high');
		expect(strengthFromScore(0)).toBe('very-low');
		expect(() => strengthFromScore(4)).toThrow('from 0 to 3, got 4');
		expect(() => strengthFromScore(1.5)).toThrow(RangeError);
	});
});
