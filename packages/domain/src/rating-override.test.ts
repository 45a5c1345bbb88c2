import { describe, expect, it } from 'vitest';
import { publishRating } from './rating-override.js';

describe('the published rating', () => {
	const computed = { effectiveness: 'mixed', strength: 'low' } as const;

	it('is the computed one when no override is stored', () => {
		expect(publishRating(computed, null)).toEqual({
			...computed,
			source: 'computed',
			justification: null
		});
	});

	it('is the reviewer’s override, with its justification, when one is stored', () => {
		const override = {
			effectiveness: 'tends-positive',
			strength: 'low',
			justification: 'The negative study used an adapted version not delivered as designed.'
		} as const;
		expect(publishRating(computed, override)).toEqual({ ...override, source: 'override' });
	});

	it('refuses an override justified in fewer than 20 characters', () => {
		expect(() =>
			publishRating(computed, {
				effectiveness: 'negative',
				strength: 'low',
				justification: 'Reviewer knows best'
			})
		).toThrow('at least 20 characters');
	});
});
