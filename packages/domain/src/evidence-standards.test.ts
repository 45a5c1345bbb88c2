import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { rateOutcome, type OutcomeRatingResult } from './evidence-standards.js';
import {
	currentRatingStandards,
	describeEvidenceStandards,
	effectivenessRules,
	standardsVersion,
	strengthRules,
	type RatingStandards
} from './rating-standards.js';
import type { Contrast } from './study.js';

let next = 0;
/** A well-run trial of 200 people with a clear benefit, unless told otherwise. */
function contrast(overrides: Partial<Contrast> = {}): Contrast {
	next += 1;
	return {
		id: `c${next}`,
		sampleId: `s${next}`,
		country: 'US',
		metric: 'smd',
		effectSize: 0.3,
		variance: 0.01,
		ciLower: null,
		ciUpper: null,
		favourableDirection: 'higher',
		designRating: 'high',
		treatmentN: 100,
		comparisonN: 100,
		...overrides
	};
}

const ruleIds = (result: OutcomeRatingResult) => result.reasons.map((r) => r.ruleId);

describe('effectiveness rules', () => {
	it('E-NONE: no contrasts cannot be rated', () => {
		const result = rateOutcome([]);
		expect(result).toMatchObject({
			effectiveness: 'insufficient',
			strength: 'very-low',
			pooled: null,
			eligibleCount: 0,
			standardsVersion
		});
		expect(ruleIds(result)).toEqual(['E-NONE', 'S-START-NONE']);
	});

	it('E-NONE: low-rated contrasts are listed but not counted', () => {
		const result = rateOutcome([
			contrast({ designRating: 'low' }),
			contrast({ designRating: 'low' }),
			contrast({ designRating: 'low' })
		]);
		expect(result).toMatchObject({
			effectiveness: 'insufficient',
			lowRatedCount: 3,
			eligibleCount: 0
		});
		expect(result.reasons[0]?.text).toBe(
			'None of the 3 comparisons was designed and carried out well enough to count.'
		);
	});

	it('E-NONE: one comparison rated low is said as one, not as "none of the 1"', () => {
		const result = rateOutcome([contrast({ designRating: 'low' })]);
		expect(result.reasons[0]?.text).toBe(
			'The one comparison was not designed and carried out well enough to count.'
		);
	});

	it('E-HARM: an interval wholly below zero is negative, after normalising direction', () => {
		// Higher scores are worse on this outcome, and the intervention raised them.
		const result = rateOutcome([
			contrast({ effectSize: 0.4, favourableDirection: 'lower' }),
			contrast({ effectSize: 0.5, favourableDirection: 'lower' })
		]);
		expect(result.effectiveness).toBe('negative');
		expect(result.pooled?.estimate).toBeLessThan(0);
		expect(ruleIds(result)[0]).toBe('E-HARM');
	});

	it('E-CONSISTENT: two agreeing, clearly positive trials', () => {
		const result = rateOutcome([contrast({ effectSize: 0.3 }), contrast({ effectSize: 0.35 })]);
		expect(result).toMatchObject({ effectiveness: 'consistently-positive', strength: 'high' });
		expect(ruleIds(result)).toEqual(['E-CONSISTENT', 'S-START-HIGH']);
		expect(result.reasons[0]?.text).toMatch(
			/^The pooled effect 0\.33 \(95% CI 0\.19 to 0\.46\) is above zero, across 2 comparisons/
		);
	});

	it('E-POSITIVE: a single positive trial tends positive', () => {
		const result = rateOutcome([contrast({ effectSize: 0.5 })]);
		expect(result.effectiveness).toBe('tends-positive');
		expect(ruleIds(result)[0]).toBe('E-POSITIVE');
	});

	it('E-POSITIVE, not E-CONSISTENT, when positive trials disagree about how much (I² > 50%)', () => {
		const result = rateOutcome([
			contrast({ effectSize: 0.2, variance: 0.002 }),
			contrast({ effectSize: 0.5, variance: 0.002 }),
			contrast({ effectSize: 0.8, variance: 0.002 })
		]);
		expect(result.pooled?.i2).toBeGreaterThan(50);
		expect(result.pooled?.ciLower).toBeGreaterThan(0);
		expect(result.effectiveness).toBe('tends-positive');
	});

	it('E-CONFLICT: clear findings in opposite directions are mixed, and lower the strength', () => {
		const result = rateOutcome([contrast({ effectSize: 0.5 }), contrast({ effectSize: -0.5 })]);
		expect(result).toMatchObject({ effectiveness: 'mixed', strength: 'moderate' });
		expect(ruleIds(result)).toEqual(['E-CONFLICT', 'S-START-HIGH', 'S-INCONSISTENT']);
		expect(result.reasons.at(-1)?.text).toBe(
			'Comparisons found clear effects in opposite directions.'
		);
	});

	it('E-NULL: large enough studies finding nothing show no effect', () => {
		const result = rateOutcome([
			contrast({ effectSize: 0.05, variance: 0.04, treatmentN: 30, comparisonN: 30 }),
			contrast({ effectSize: 0.0, variance: 0.04, treatmentN: 30, comparisonN: 30 })
		]);
		expect(result).toMatchObject({
			effectiveness: 'no-effect',
			participants: 120,
			strength: 'moderate'
		});
		expect(ruleIds(result)).toEqual(['E-NULL', 'S-START-HIGH', 'S-IMPRECISE']);
	});

	it('E-UNDERPOWERED: a small study finding nothing cannot be rated', () => {
		const result = rateOutcome([
			contrast({ effectSize: 0.3, variance: 0.09, treatmentN: 20, comparisonN: 20 })
		]);
		expect(result).toMatchObject({ effectiveness: 'insufficient', strength: 'low' });
		expect(ruleIds(result)).toEqual(['E-UNDERPOWERED', 'S-START-MODERATE', 'S-IMPRECISE']);
	});
});

describe('strength rules', () => {
	it('S-START-HIGH needs two high-rated contrasts from independent samples', () => {
		const sameSample = rateOutcome([
			contrast({ sampleId: 'one' }),
			contrast({ sampleId: 'one', effectSize: 0.4 })
		]);
		expect(sameSample.eligibleCount).toBe(1);
		expect(ruleIds(sameSample)).toContain('S-START-MODERATE');
		expect(sameSample.pooled?.estimate).toBeCloseTo(0.35, 12);
	});

	it('S-START-MODERATE from one high or two moderate contrasts', () => {
		expect(rateOutcome([contrast(), contrast({ designRating: 'moderate' })]).strength).toBe(
			'moderate'
		);
		const twoModerate = rateOutcome([
			contrast({ designRating: 'moderate' }),
			contrast({ designRating: 'moderate' })
		]);
		expect(ruleIds(twoModerate)).toContain('S-START-MODERATE');
		expect(twoModerate.strength).toBe('moderate');
	});

	it('S-START-LOW from a single moderate contrast', () => {
		const result = rateOutcome([
			contrast({ designRating: 'moderate', treatmentN: 200, comparisonN: 200 })
		]);
		expect(result.strength).toBe('low');
		expect(ruleIds(result)).toEqual(['E-POSITIVE', 'S-START-LOW']);
	});

	it('S-INCONSISTENT when I² is above 75% across three or more contrasts', () => {
		const result = rateOutcome([
			contrast({ effectSize: 0.1, variance: 0.002 }),
			contrast({ effectSize: 0.6, variance: 0.002 }),
			contrast({ effectSize: 1.2, variance: 0.002 })
		]);
		expect(result.pooled?.i2).toBeGreaterThan(75);
		expect(result.strength).toBe('moderate');
		expect(ruleIds(result)).toContain('S-INCONSISTENT');
	});

	it('S-IMPRECISE never takes the strength below very low', () => {
		const result = rateOutcome([
			contrast({
				designRating: 'moderate',
				effectSize: 0.5,
				variance: 0.01,
				treatmentN: 50,
				comparisonN: 50
			}),
			contrast({
				designRating: 'moderate',
				effectSize: -0.5,
				variance: 0.01,
				treatmentN: 50,
				comparisonN: 50
			})
		]);
		// Moderate start (2), down for opposite findings (1), down for imprecision (0).
		expect(result.strength).toBe('very-low');
	});
});

describe('what a rating counts', () => {
	it('says what it pooled: each sample once, with weights adding up to 100%', () => {
		const result = rateOutcome([
			contrast({ id: 'a', sampleId: 'one', variance: 0.01 }),
			contrast({ id: 'b', sampleId: 'one', variance: 0.01 }),
			contrast({ id: 'c', sampleId: 'two', variance: 0.04 }),
			contrast({ id: 'd', designRating: 'low' })
		]);
		expect(result.counted.map((c) => c.contrastIds)).toEqual([['a', 'b'], ['c']]);
		const [heavier, lighter] = result.counted.map((c) => c.weightPercent);
		expect((heavier ?? 0) + (lighter ?? 0)).toBeCloseTo(100, 10);
		expect(heavier).toBeGreaterThan(lighter ?? 100);
	});

	it('gives a lone comparison exactly all of the weight, whatever its variance', () => {
		// With this variance, (100 × w) / w rounds to 100.00000000000001.
		const result = rateOutcome([contrast({ variance: 0.19360808700418333 })]);
		expect(result.counted.map((c) => c.weightPercent)).toEqual([100]);
	});

	it('counts UK comparisons for the headline', () => {
		const result = rateOutcome([
			contrast({ country: 'GB' }),
			contrast(),
			contrast({ country: 'GB', designRating: 'low' })
		]);
		expect(result).toMatchObject({ eligibleCount: 2, ukCount: 1, lowRatedCount: 1 });
	});

	it('accepts a 95% interval in place of the variance', () => {
		const withVariance = rateOutcome([contrast({ effectSize: 0.3, variance: 0.01 })]);
		const withInterval = rateOutcome([
			contrast({ effectSize: 0.3, variance: null, ciLower: 0.3 - 0.196, ciUpper: 0.3 + 0.196 })
		]);
		expect(withInterval.pooled?.se).toBeCloseTo(withVariance.pooled?.se ?? 0, 3);
	});

	it('pools log odds ratios with standardised mean differences by converting them', () => {
		const result = rateOutcome([
			contrast({ metric: 'smd', effectSize: 0.3 }),
			contrast({
				metric: 'log-odds-ratio',
				effectSize: 0.3 / (Math.sqrt(3) / Math.PI),
				variance: 0.01 / (3 / Math.PI ** 2)
			})
		]);
		expect(result.metric).toBe('smd');
		expect(result.pooled?.estimate).toBeCloseTo(0.3, 12);
	});

	it('refuses to mix log risk ratios with other metrics', () => {
		expect(() => rateOutcome([contrast({ metric: 'log-risk-ratio' }), contrast()])).toThrow(
			'mix log risk ratios'
		);
	});

	it('rates a very large body of evidence', () => {
		const many = Array.from({ length: 20_000 }, (_, i) =>
			contrast({ effectSize: 0.2 + (i % 5) * 0.01, variance: 0.02 })
		);
		const result = rateOutcome(many);
		expect(result).toMatchObject({
			eligibleCount: 20_000,
			effectiveness: 'consistently-positive',
			strength: 'high'
		});
	});
});

describe('bad numbers are refused with the field named', () => {
	const issuesOf = (bad: Partial<Contrast>) => {
		try {
			rateOutcome([contrast(bad)]);
		} catch (error) {
			if (error instanceof ZodError) return error.issues.map((i) => [i.path.join('.'), i.message]);
		}
		return [];
	};

	it('zero or negative variance', () => {
		expect(issuesOf({ variance: 0 })).toEqual([['0.variance', 'The variance must be above zero']]);
		expect(issuesOf({ variance: -0.1 })).toEqual([
			['0.variance', 'The variance must be above zero']
		]);
	});

	it('an upper bound below the lower', () => {
		expect(issuesOf({ variance: null, effectSize: 0.2, ciLower: 0.5, ciUpper: 0.1 })).toEqual([
			['0.ciUpper', 'The upper bound must be above the lower bound']
		]);
	});

	it('NaN, and neither variance nor interval', () => {
		expect(issuesOf({ effectSize: Number.NaN })[0]?.[0]).toBe('0.effectSize');
		expect(issuesOf({ variance: null })).toEqual([
			['0.variance', 'Give the variance or the 95% confidence interval']
		]);
	});
});

describe('the rule metadata', () => {
	it('gives every rule a unique id, a title and an explanation for the public page', () => {
		const all = [...effectivenessRules, ...strengthRules];
		expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
		for (const rule of all) {
			expect(rule.title.length).toBeGreaterThan(3);
			expect(rule.explanation).toMatch(/\.$/);
		}
	});
});

describe('other versions of the standards', () => {
	/** The demo's smallest trials have between 300 and 350 participants. */
	const stricter = {
		version: '1.1.0',
		thresholds: { ...currentRatingStandards.thresholds, impreciseBelowParticipants: 350 }
	};
	const trialOf = (participants: number) =>
		contrast({
			designRating: 'moderate',
			treatmentN: participants / 2,
			comparisonN: participants / 2
		});

	it('rates by the current standards unless told otherwise, recording their version', () => {
		const result = rateOutcome([trialOf(330)]);
		expect(result).toMatchObject({ strength: 'low', standardsVersion: '1.0.0' });
		expect(ruleIds(result)).toEqual(['E-POSITIVE', 'S-START-LOW']);
	});

	it('applies a moved threshold, naming it in the reason, under the new version', () => {
		const result = rateOutcome([trialOf(330)], stricter);
		expect(result).toMatchObject({ strength: 'very-low', standardsVersion: '1.1.0' });
		expect(result.reasons.at(-1)).toEqual({
			ruleId: 'S-IMPRECISE',
			text: 'Only 330 people took part in the counted comparisons (fewer than 350).'
		});
		expect(rateOutcome([trialOf(360)], stricter).strength).toBe('low');
	});

	it('describes each version with its own thresholds, the current one as before', () => {
		const imprecise = (standards?: RatingStandards) =>
			describeEvidenceStandards(standards).strengthRules.find((r) => r.id === 'S-IMPRECISE');
		expect(imprecise()?.explanation).toBe(
			'Fewer than 300 people across the counted comparisons lower the strength by one level.'
		);
		expect(imprecise(stricter)?.explanation).toMatch(/^Fewer than 350 people/);
		expect(describeEvidenceStandards(stricter).version).toBe('1.1.0');
		expect(describeEvidenceStandards().effectivenessRules).toEqual(effectivenessRules);
		expect(
			describeEvidenceStandards().effectivenessRules.find((r) => r.id === 'E-CONSISTENT')
				?.explanation
		).toContain('at least two comparisons count');
	});

	it('moves the other thresholds too', () => {
		const lenient = {
			version: '2.0.0',
			thresholds: {
				...currentRatingStandards.thresholds,
				consistentMinComparisons: 1,
				noEffectMinParticipants: 1000
			}
		};
		expect(rateOutcome([contrast()], lenient).effectiveness).toBe('consistently-positive');
		const nothing = [contrast({ effectSize: 0.01 }), contrast({ effectSize: -0.01 })];
		expect(rateOutcome(nothing).effectiveness).toBe('no-effect');
		expect(rateOutcome(nothing, lenient).effectiveness).toBe('insufficient');
	});

	it('refuses standards that are not a version', () => {
		expect(() => rateOutcome([], { ...stricter, version: 'next' })).toThrow(
			'A standards version is three numbers'
		);
		expect(() =>
			rateOutcome([], {
				...stricter,
				thresholds: { ...stricter.thresholds, consistentMaxI2: 120 }
			})
		).toThrow(ZodError);
	});
});
