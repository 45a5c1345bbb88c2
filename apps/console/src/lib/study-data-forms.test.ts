import { outcomeEntrySchema, studyEntrySchema, type OutcomeEntry } from '@whatworks/domain';
import { describe, expect, it } from 'vitest';
import { formErrors, formFields, readForm } from '@whatworks/ui';

/** The form a browser would send for these inputs, in order. */
function formOf(fields: Record<string, string>): FormData {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.append(name, value);
	return form;
}

// In the order of the page's columns: a row whose sample is blank is left out.
const contrast = {
	sampleId: 'main',
	studyKey: 's1',
	metric: 'smd',
	effectSize: 0.31,
	variance: 0.02,
	ciLower: null,
	ciUpper: null,
	favourableDirection: 'higher',
	designRating: 'high',
	treatmentN: 120,
	comparisonN: 118
} as const;

const outcome: OutcomeEntry = {
	key: 'o7',
	outcome: 'Child behaviour problems',
	domain: 'child-wellbeing',
	source: 'illustrative',
	override: null,
	contrasts: [
		contrast,
		{ ...contrast, sampleId: 'follow-up', variance: null, ciLower: 0.1, ciUpper: 0.5 }
	]
};

describe('the outcome form', () => {
	it('reads back exactly the outcome it was filled from', () => {
		const fields = { ...formFields(outcome), override: 'no' };
		expect(outcomeEntrySchema.parse(readForm(formOf(fields), outcomeEntrySchema))).toEqual(outcome);
	});

	it('leaves out the blank row and a row whose remove box is ticked', () => {
		const fields = {
			...formFields({
				...outcome,
				contrasts: [...outcome.contrasts, { ...contrast, sampleId: '' }]
			}),
			'contrasts.0.remove': 'yes'
		};
		const read = outcomeEntrySchema.parse(readForm(formOf(fields), outcomeEntrySchema));
		expect(read.contrasts.map((c) => c.sampleId)).toEqual(['follow-up']);
	});

	it('names a number typed wrong on its cell, in the row the page showed', () => {
		const fields = {
			...formFields({ ...outcome, contrasts: [{ ...contrast, sampleId: '' }, contrast] }),
			'contrasts.1.effectSize': '0,31',
			'contrasts.1.treatmentN': ''
		};
		const read = readForm(formOf(fields), outcomeEntrySchema);
		const issues = outcomeEntrySchema.safeParse(read).error?.issues ?? [];
		expect(formErrors(issues, outcomeEntrySchema, read)).toEqual([
			{ field: 'contrasts.1.effectSize', message: 'The effect size must be a number' },
			{ field: 'contrasts.1.treatmentN', message: 'Enter the treatment group size' }
		]);
	});

	it('reads a reviewer’s rating only when the reviewer chose to give one', () => {
		const rating = {
			'override.effectiveness': 'positive',
			'override.strength': 'moderate',
			'override.justification': 'Two trials by the developer agree; one independent one does not.'
		};
		const schema = outcomeEntrySchema.pick({ override: true });
		expect(readForm(formOf({ override: 'no', ...rating }), schema)).toEqual({ override: null });
		expect(readForm(formOf({ override: 'yes', ...rating }), schema)).toEqual({
			override: {
				effectiveness: 'positive',
				strength: 'moderate',
				justification: rating['override.justification']
			}
		});
	});
});

describe('the study form', () => {
	it('reads a study as typed, keeping its key from the study it edits', () => {
		const fields = {
			label: 'Chaffin et al. 2004',
			citation:
				'Chaffin, M. et al. (2004). Parent-child interaction therapy with physically abusive parents.',
			year: '2004',
			country: 'us',
			design: 'rct',
			setting: '',
			independentOfDeveloper: 'yes',
			treatmentN: '1,024',
			comparisonN: '95',
			followUpMonths: '',
			source: 'published'
		};
		const study = studyEntrySchema.parse(readForm(formOf(fields), studyEntrySchema, { key: 's3' }));
		expect(study).toMatchObject({
			key: 's3',
			country: 'US',
			independentOfDeveloper: true,
			treatmentN: 1024,
			followUpMonths: null
		});
	});
});
