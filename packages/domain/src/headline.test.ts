import { describe, expect, it } from 'vitest';
import { buildHeadline } from './headline.js';

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
