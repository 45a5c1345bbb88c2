import { describe, expect, it } from 'vitest';
import {
	changesPublishedRating,
	pendingCount,
	standardsDryRunSchema,
	standardsRepublishInputSchema
} from './standards-review.js';

describe('reviewing a new version of the standards', () => {
	const rating = { effectiveness: 'tends-positive', strength: 'low', source: 'computed' } as const;

	it('counts a new version alone as no change to the published rating', () => {
		expect(changesPublishedRating(rating, { ...rating })).toBe(false);
		expect(changesPublishedRating(rating, { ...rating, strength: 'very-low' })).toBe(true);
		expect(changesPublishedRating(rating, { ...rating, effectiveness: 'mixed' })).toBe(true);
		expect(changesPublishedRating(rating, { ...rating, source: 'override' })).toBe(true);
	});

	it('counts every rating a republish would record, changed or not', () => {
		const dryRun = standardsDryRunSchema.parse({
			standardsVersion: '1.1.0',
			changes: [
				{
					outcomeRatingId: 4,
					intervention: { slug: 'kinship-care', name: 'Kinship care' },
					outcome: 'Placement stability',
					from: { ...rating, standardsVersion: '1.0.0' },
					to: { ...rating, strength: 'very-low', standardsVersion: '1.1.0' },
					reasons: [{ ruleId: 'S-IMPRECISE', text: 'Only 333 people took part.' }]
				}
			],
			unchangedCount: 25,
			fingerprint: 'abc'
		});
		expect(pendingCount(dryRun)).toBe(26);
	});

	it('needs a change note and the dry run the reviewer saw, saying so', () => {
		const first = (input: unknown) =>
			standardsRepublishInputSchema.safeParse(input).error?.issues[0]?.message;
		expect(first({ fingerprint: 'abc', changeNote: '   ' })).toBe(
			'Write a change note for the public change log'
		);
		expect(first({ fingerprint: '', changeNote: 'Stricter on small studies.' })).toBe(
			'Look at the ratings that would change before republishing'
		);
		expect(first({ fingerprint: 'abc', changeNote: 'x'.repeat(1001) })).toBe(
			'The change note must be 1,000 characters or fewer'
		);
		expect(
			standardsRepublishInputSchema.parse({ fingerprint: 'abc', changeNote: ' Stricter. ' })
		).toEqual({ fingerprint: 'abc', changeNote: 'Stricter.' });
	});
});
