import { rateOutcome, type Contrast } from '@whatworks/domain';
import { describe, expect, it } from 'vitest';
import { planIllustrativeStudies, type IllustrativeStudy } from './illustrative-studies.js';
import { seedInterventions } from './interventions.js';

const contrastsOf = (studies: readonly IllustrativeStudy[]): Contrast[] =>
	studies.map((study, index) => ({
		id: String(index),
		country: study.country,
		sampleId: `sample-${index}`,
		metric: 'smd',
		effectSize: study.effectSize,
		variance: study.variance,
		ciLower: null,
		ciUpper: null,
		favourableDirection: 'higher',
		designRating: study.designRating,
		treatmentN: study.treatmentN,
		comparisonN: study.comparisonN
	}));

const illustrativeRatings = seedInterventions.flatMap((item) =>
	item.outcomes
		.filter((rating) => rating.source === 'illustrative')
		.map((rating) => [`${item.slug}: ${rating.outcome}`, item, rating] as const)
);

describe('planIllustrativeStudies', () => {
	it.each(illustrativeRatings)(
		'gives %s studies the engine rates as the demo says',
		(_name, item, rating) => {
			const studies = planIllustrativeStudies(item).get(rating.outcome) ?? [];
			expect(studies).toHaveLength(rating.studyCount ?? 0);
			const result = rateOutcome(contrastsOf(studies));
			expect({ effectiveness: result.effectiveness, strength: result.strength }).toEqual({
				effectiveness: rating.effectiveness,
				strength: rating.strength
			});
			expect(studies.filter((study) => study.country === 'GB')).toHaveLength(
				rating.ukStudyCount ?? 0
			);
		}
	);

	it('plans the same studies on every run', () => {
		for (const item of seedInterventions) {
			expect(planIllustrativeStudies(item)).toEqual(planIllustrativeStudies(item));
		}
	});

	it.each(seedInterventions)(
		'never names two studies of $slug alike, and dates them before the entry',
		(item) => {
			const studies = [...planIllustrativeStudies(item).values()].flat();
			const names = studies.map((study) => `${study.label} (${study.year})`);
			expect(new Set(names).size).toBe(names.length);
			expect(new Set(studies.map((study) => study.label)).size).toBe(studies.length);
			const published = Number(item.publishedOn.slice(0, 4));
			expect(studies.every((study) => study.year < published && study.year >= 1990)).toBe(true);
			expect(
				studies.every((study) => /^[A-Z][a-z]+( and [A-Z][a-z]+| et al\.)?$/.test(study.label))
			).toBe(true);
		}
	);

	it('tells studies apart by their numbers, as real ones would be', () => {
		for (const item of seedInterventions) {
			for (const [outcome, studies] of planIllustrativeStudies(item)) {
				if (studies.length < 2) continue;
				const effects = new Set(studies.map((study) => study.effectSize));
				const sizes = new Set(studies.map((study) => study.treatmentN + study.comparisonN));
				expect(effects.size, `${item.slug}: ${outcome}`).toBeGreaterThan(studies.length / 2);
				expect(sizes.size, `${item.slug}: ${outcome}`).toBeGreaterThan(studies.length / 2);
			}
		}
	});

	it('labels every study as made up, in words a reader sees beside it', () => {
		const studies = seedInterventions.flatMap((item) => [
			...[...planIllustrativeStudies(item).values()].flat()
		]);
		expect(studies.length).toBeGreaterThan(50);
		for (const study of studies) {
			expect(study.citation).toMatch(
				new RegExp(`\\(${study.year}\\)\\..*Illustrative demo study, not a real report\\.$`)
			);
		}
	});

	it('counts only the comparisons rated high or moderate, with the rest small and rated low', () => {
		const pcit = seedInterventions.find((item) => item.slug === 'parent-child-interaction-therapy');
		const maltreatment = pcit && planIllustrativeStudies(pcit).get('Recurrence of maltreatment');
		expect(maltreatment?.map((study) => study.designRating)).toEqual(['high', 'low', 'low', 'low']);
		expect(maltreatment?.[0]?.design).toBe('rct');
		expect(
			maltreatment?.slice(1).every((study) => study.treatmentN + study.comparisonN < 130)
		).toBe(true);
	});
});
