import { interventionContentSchema, newInterventionContent } from '@whatworks/domain';
import { describe, expect, it } from 'vitest';
import { readInterventionDetails } from './intervention-form';

const base = {
	...newInterventionContent({ name: 'Kinship care', summary: 'Children live with relatives.' }),
	topics: ['kinship-and-foster-care' as const]
};

/** A details form as a browser sends it. */
function formOf(fields: Record<string, string | string[]>): FormData {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) {
		for (const one of Array.isArray(value) ? value : [value]) form.append(name, one);
	}
	return form;
}

describe('readInterventionDetails', () => {
	it('reads inputs named by schema path into the content, keeping its study data', () => {
		const { content } = readInterventionDetails(
			formOf({
				name: 'Kinship care',
				summary: 'Children live with relatives or friends.',
				description: '',
				costBand: '2',
				'ageRange.min': '0',
				'ageRange.max': ' 17 ',
				sourceReview: '  ',
				'emmie.effect': 'Fewer moves.',
				topics: ['kinship-and-foster-care', 'parenting']
			}),
			base
		);
		const parsed = interventionContentSchema.parse(content);
		expect(parsed).toMatchObject({
			slug: 'kinship-care',
			summary: 'Children live with relatives or friends.',
			costBand: '2',
			ageRange: { min: 0, max: 17 },
			sourceReview: null,
			topics: ['kinship-and-foster-care', 'parenting']
		});
		expect(parsed.emmie.effect).toBe('Fewer moves.');
		expect(parsed.studies).toEqual(base.studies);
	});

	it('leaves what is not a number for the schema to name on its field', () => {
		const { content, typed } = readInterventionDetails(
			formOf({ name: 'Kinship care', summary: 'x', 'ageRange.min': 'five', 'ageRange.max': '' }),
			base
		);
		const issues = interventionContentSchema.safeParse(content).error?.issues ?? [];
		expect(issues.map((issue) => issue.path.join('.'))).toContain('ageRange.min');
		// What was typed comes back as typed.
		expect(typed['ageRange.min']).toBe('five');
	});

	it('reads both ages empty as no age range', () => {
		const { content } = readInterventionDetails(
			formOf({ name: 'Kinship care', summary: 'x', 'ageRange.min': '', 'ageRange.max': '' }),
			base
		);
		expect(content.ageRange).toBeNull();
	});
});
