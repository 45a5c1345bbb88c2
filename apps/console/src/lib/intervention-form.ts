import { emmieSchema, type InterventionContent } from '@whatworks/domain';
import { readText } from './forms';

const emmieKeys = Object.keys(emmieSchema.shape) as (keyof InterventionContent['emmie'])[];

/** The names of the intervention details form's text inputs, by schema path. */
export const interventionTextFields = [
	'slug',
	'name',
	'summary',
	'description',
	'costBand',
	'ageRange.min',
	'ageRange.max',
	'sourceReview',
	...emmieKeys.map((key) => `emmie.${key}` as const)
] as const;

/**
 * The details form of an intervention draft read onto the content it was opened on: its study
 * data is edited on pages of its own and kept. Text stays as typed, for the schema to judge and
 * the form to show again when refused.
 */
export function readInterventionDetails(form: FormData, base: InterventionContent) {
	const typed = Object.fromEntries(
		interventionTextFields.map((field) => [field, readText(form, field)])
	) as Record<(typeof interventionTextFields)[number], string>;
	const age = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : text);
	const content = {
		...base,
		slug: typed.slug.trim() || base.slug,
		name: typed.name,
		summary: typed.summary,
		description: typed.description,
		costBand: typed.costBand,
		topics: form.getAll('topics'),
		// Both ages or neither: a half-filled range is an error the schema names.
		ageRange:
			typed['ageRange.min'].trim() === '' && typed['ageRange.max'].trim() === ''
				? null
				: { min: age(typed['ageRange.min']), max: age(typed['ageRange.max']) },
		sourceReview: typed.sourceReview.trim() || null,
		emmie: Object.fromEntries(emmieKeys.map((key) => [key, typed[`emmie.${key}`]]))
	};
	return { content, typed };
}
