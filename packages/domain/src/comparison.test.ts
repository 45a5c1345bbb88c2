import { describe, expect, it } from 'vitest';
import { groupRatingsByDomain, interventionCompareInputSchema } from './comparison.js';
import type { InterventionSummary } from './intervention.js';
import type { OutcomeRating } from './outcome.js';

const rating = (outcome: string, domain: OutcomeRating['domain']): OutcomeRating => ({
	outcome,
	domain,
	effectiveness: 'mixed',
	strength: 'low',
	studyCount: 2,
	ukStudyCount: 0,
	source: 'illustrative',
	headline: `${outcome}.`
});

const summary = (slug: string, outcomes: OutcomeRating[]): InterventionSummary => ({
	slug,
	name: slug.toUpperCase(),
	alsoKnownAs: [],
	summary: 'A summary.',
	topics: [],
	ageRange: null,
	costBand: 'not-known',
	outcomes,
	evidenceLastReviewed: null,
	pageUpdated: '2026-01-01'
});

describe('groupRatingsByDomain', () => {
	it('lists only rated domains, in standard order, with each row’s outcomes per domain', () => {
		const grouped = groupRatingsByDomain([
			summary('a', [
				rating('Behaviour problems', 'behaviour'),
				rating('Re-referral', 'child-safety')
			]),
			summary('b', [rating('Abuse', 'child-safety'), rating('Neglect', 'child-safety')])
		]);
		expect(grouped.domains).toEqual(['child-safety', 'behaviour']);
		expect(grouped.rows.map((row) => row.cells.map((cell) => cell.map((o) => o.outcome)))).toEqual([
			[['Re-referral'], ['Behaviour problems']],
			[['Abuse', 'Neglect'], []]
		]);
	});
});

describe('interventionCompareInputSchema', () => {
	it('needs two to four different interventions', () => {
		expect(interventionCompareInputSchema.safeParse({ slugs: ['a'] }).success).toBe(false);
		expect(interventionCompareInputSchema.safeParse({ slugs: ['a', 'a'] }).success).toBe(false);
		expect(
			interventionCompareInputSchema.safeParse({ slugs: ['a', 'b', 'c', 'd', 'e'] }).success
		).toBe(false);
		expect(interventionCompareInputSchema.safeParse({ slugs: ['a', 'b'] }).success).toBe(true);
	});
});
