import { describe, expect, it } from 'vitest';
import { buildHeadline, buildPooledSentence } from './headline.js';

const base = {
	interventionName: 'Family Drug and Alcohol Courts',
	outcomeName: 'Recurrence of maltreatment',
	effectiveness: 'tends-positive',
	strength: 'moderate',
	studyCount: 11,
	ukStudyCount: 1
} as const;

describe('buildHeadline', () => {
	it('writes the sentence of the Evidence Standards with study counts', () => {
		expect(buildHeadline(base)).toBe(
			'Family Drug and Alcohol Courts tended to show a positive effect on recurrence of maltreatment. ' +
				'This is based on moderate strength evidence (11 studies, 1 in the UK).'
		);
	});

	it('says "1 study" in the singular', () => {
		expect(buildHeadline({ ...base, studyCount: 1, ukStudyCount: 0 })).toMatch(
			/\(1 study, 0 in the UK\)\.$/
		);
	});

	it('leaves the bracket out when the number of studies is not known', () => {
		expect(buildHeadline({ ...base, studyCount: null, ukStudyCount: null })).toMatch(
			/moderate strength evidence\.$/
		);
	});

	it('uses each effectiveness stem and lower-cases strength labels', () => {
		expect(buildHeadline({ ...base, effectiveness: 'insufficient', strength: 'very-low' })).toBe(
			'Family Drug and Alcohol Courts has not been evaluated well enough to rate its effect on recurrence of maltreatment. ' +
				'This is based on very low strength evidence (11 studies, 1 in the UK).'
		);
		expect(buildHeadline({ ...base, effectiveness: 'mixed' })).toContain('showed mixed effects on');
	});

	it('keeps acronyms at the start of an outcome name', () => {
		expect(buildHeadline({ ...base, outcomeName: 'PTSD symptoms' })).toContain(
			'effect on PTSD symptoms.'
		);
	});
});

describe('buildPooledSentence', () => {
	it('states size, side and interval of a standardised mean difference, and how far studies agree', () => {
		expect(
			buildPooledSentence({
				k: 3,
				estimate: 0.32,
				ciLower: 0.12,
				ciUpper: 0.52,
				i2: 10,
				metric: 'smd'
			})
		).toBe(
			'Combining 3 comparisons, the average effect was 0.32 standard deviations in favour of the intervention (95% confidence interval 0.12 to 0.52). The studies broadly agreed (I² 10%).'
		);
	});

	it('says when the comparison group did better, and reads one comparison in the singular', () => {
		expect(
			buildPooledSentence({
				k: 1,
				estimate: -0.2,
				ciLower: -0.5,
				ciUpper: 0.1,
				i2: 0,
				metric: 'smd'
			})
		).toBe(
			'From 1 comparison, the average effect was 0.20 standard deviations in favour of the comparison group (95% confidence interval −0.50 to 0.10).'
		);
	});

	it('gives ratios for binary outcomes and flags large disagreement', () => {
		expect(
			buildPooledSentence({
				k: 4,
				estimate: Math.log(2),
				ciLower: 0,
				ciUpper: Math.log(4),
				i2: 80,
				metric: 'log-odds-ratio'
			})
		).toBe(
			'Combining 4 comparisons, the average effect was an odds ratio of 2.00 in favour of the intervention (95% confidence interval 1.00 to 4.00 on the favourable ratio scale). The studies varied a lot (I² 80%).'
		);
	});
});
