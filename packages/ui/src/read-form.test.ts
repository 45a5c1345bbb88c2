import {
	interventionContentSchema,
	newInterventionContent,
	newsletterContentSchema,
	partnerContentSchema,
	programmeContentSchema,
	projectContentSchema,
	publicationContentSchema
} from '@whatworks/domain';
import { describe, expect, it } from 'vitest';
import { formErrors, readForm } from './read-form.js';

/** A form as a browser sends it, in order. */
function formOf(fields: [string, string][]): FormData {
	const form = new FormData();
	for (const [name, value] of fields) form.append(name, value);
	return form;
}

describe('readForm', () => {
	it('reads text as typed, numbers with thousands commas, and blank as none where allowed', () => {
		const value = readForm(
			formOf([
				['slug', 'staying-close'],
				['name', ' Staying Close '],
				['description', 'Support after care.'],
				['theme', ''],
				['startDate', '2022-08-03'],
				['endDate', ''],
				['budgetGbp', '2,400,000']
			]),
			programmeContentSchema
		);
		expect(value).toEqual({
			slug: 'staying-close',
			name: ' Staying Close ',
			description: 'Support after care.',
			theme: null,
			startDate: '2022-08-03',
			endDate: null,
			budgetGbp: 2_400_000
		});
		expect(programmeContentSchema.parse(value).name).toBe('Staying Close');
	});

	it('keeps a text area’s line breaks as LF, whichever a browser sends', () => {
		const sent = formOf([
			['description', 'First paragraph,\r\nover two lines.\r\n\r\nSecond.\rEnd.']
		]);
		expect(readForm(sent, programmeContentSchema, { description: '' })).toMatchObject({
			description: 'First paragraph,\nover two lines.\n\nSecond.\nEnd.'
		});
	});

	it('keeps what is not a number as typed, so the schema names it on its field', () => {
		const value = readForm(formOf([['budgetGbp', 'two million']]), programmeContentSchema);
		expect(value).toMatchObject({ budgetGbp: 'two million' });
		// A decimal comma is not a thousands separator: 0,4 is never read as 4.
		expect(readForm(formOf([['budgetGbp', '0,4']]), programmeContentSchema)).toMatchObject({
			budgetGbp: '0,4'
		});
		const issues = programmeContentSchema.safeParse(value).error?.issues ?? [];
		expect(issues.map((issue) => issue.path.join('.'))).toContain('budgetGbp');
	});

	it('reads a list from ticked boxes and a list from a textarea, one entry per line', () => {
		const value = readForm(
			formOf([
				['authors', 'A. Author\r\n\r\n  B. Author  \n'],
				['themes', 'workforce-wellbeing'],
				['themes', 'decision-making']
			]),
			publicationContentSchema
		);
		expect(value).toMatchObject({
			authors: ['A. Author', 'B. Author'],
			themes: ['workforce-wellbeing', 'decision-making'],
			projectSlugs: []
		});
	});

	it('reads rows by index, leaving out a row whose first field is blank', () => {
		const row = (n: number, programme: string, wave: string): [string, string][] => [
			[`participations.${n}.programmeSlug`, programme],
			[`participations.${n}.wave`, wave],
			[`participations.${n}.role`, 'evaluation-site'],
			[`participations.${n}.strand`, ''],
			[`participations.${n}.startDate`, ''],
			[`participations.${n}.endDate`, ''],
			[`participations.${n}.fundingGbp`, '']
		];
		const value = readForm(
			formOf([
				...row(1, 'schwartz-rounds', '2'),
				...row(0, 'change-projects', ''),
				...row(2, '', '')
			]),
			partnerContentSchema
		) as { participations: unknown[] };
		expect(value.participations).toEqual([
			{
				programmeSlug: 'change-projects',
				wave: null,
				role: 'evaluation-site',
				strand: null,
				startDate: null,
				endDate: null,
				fundingGbp: null
			},
			expect.objectContaining({ programmeSlug: 'schwartz-rounds', wave: 2 })
		]);
	});

	it('reads a nested object that may be none by the box that says whether there is one', () => {
		const protocol: [string, string][] = [
			['protocol.evaluator', 'CASCADE'],
			['protocol.localAuthorityCount', '6']
		];
		const unticked = readForm(formOf([['protocol', 'no'], ...protocol]), projectContentSchema);
		expect(unticked).toMatchObject({ protocol: null });
		const ticked = readForm(
			formOf([['protocol', 'no'], ['protocol', 'yes'], ...protocol]),
			projectContentSchema
		);
		expect(ticked).toMatchObject({
			protocol: { evaluator: 'CASCADE', localAuthorityCount: 6 }
		});
		expect(readForm(formOf([]), projectContentSchema)).toMatchObject({ protocol: null });
	});
});

describe('a form showing part of the content', () => {
	it('keeps from the content it was opened on the fields it sends no input for', () => {
		const base = programmeContentSchema.parse({
			slug: 'change-projects',
			name: 'Change Projects',
			description: 'Six authorities.',
			theme: null,
			startDate: '2019-01-01',
			endDate: null,
			budgetGbp: 2_400_000
		});
		const value = readForm(formOf([['name', 'The Change Projects']]), programmeContentSchema, base);
		expect(value).toEqual({ ...base, name: 'The Change Projects' });
	});
});

describe('formErrors', () => {
	it('puts an entry of a list of words on the list, and a row’s cell on the cell', () => {
		const publication = publicationContentSchema.safeParse({
			...(readForm(formOf([['authors', 'A. Author']]), publicationContentSchema) as object),
			authors: ['A. Author', '']
		});
		expect(formErrors(publication.error?.issues ?? [], publicationContentSchema)).toContainEqual(
			expect.objectContaining({ field: 'authors' })
		);
		const partner = partnerContentSchema.safeParse(
			readForm(
				formOf([
					['participations.0.programmeSlug', 'schwartz-rounds'],
					['participations.0.wave', 'two']
				]),
				partnerContentSchema
			)
		);
		const fields = formErrors(partner.error?.issues ?? [], partnerContentSchema).map(
			(e) => e.field
		);
		expect(fields).toContain('participations.0.wave');
	});
});

describe('the details form of an intervention', () => {
	const base = {
		...newInterventionContent({ name: 'Kinship care', summary: 'Children live with relatives.' }),
		topics: ['kinship-and-foster-care' as const]
	};
	const details = (ages: [string, string], topics: string[]): [string, string][] => [
		['name', 'Kinship care'],
		['summary', 'Children live with relatives or friends.'],
		['costBand', '2'],
		['ageRange.min', ages[0]],
		['ageRange.max', ages[1]],
		['description', ''],
		['sourceReview', '  '],
		['emmie.effect', 'Fewer moves.'],
		...['mechanisms', 'moderators', 'implementation', 'economics'].map(
			(section): [string, string] => [`emmie.${section}`, '']
		),
		['topics', ''],
		...topics.map((topic): [string, string] => ['topics', topic])
	];

	it('reads its fields onto the content, keeping the study data it does not show', () => {
		const value = interventionContentSchema.parse(
			readForm(formOf(details(['0', ' 17 '], ['parenting'])), interventionContentSchema, base)
		);
		expect(value).toMatchObject({
			slug: 'kinship-care',
			costBand: '2',
			ageRange: { min: 0, max: 17 },
			sourceReview: null,
			topics: ['parenting']
		});
		expect(value.emmie.effect).toBe('Fewer moves.');
		expect(value.studies).toEqual(base.studies);
	});

	it('reads no ticked topic as none, and both ages blank as no age range', () => {
		const value = readForm(formOf(details(['', ''], [])), interventionContentSchema, base);
		expect(value).toMatchObject({ topics: [], ageRange: null });
	});

	it('leaves an age that is not a number for the schema to name on its field', () => {
		const value = readForm(formOf(details(['five', ''], [])), interventionContentSchema, base);
		const issues = interventionContentSchema.safeParse(value).error?.issues ?? [];
		const fields = formErrors(issues, interventionContentSchema).map((error) => error.field);
		expect(fields).toContain('ageRange.min');
		expect(value).toMatchObject({ ageRange: { min: 'five' } });
	});
});

describe('errors in rows', () => {
	it('name the row the form showed, even when blank rows before it were left out', () => {
		const form = formOf([
			['milestones.0.reachedOn', ''],
			['milestones.0.stage', 'partners-selected'],
			['milestones.3.reachedOn', '14/03/2019'],
			['milestones.3.stage', 'protocol-published']
		]);
		const value = readForm(form, projectContentSchema);
		const issues = projectContentSchema.safeParse(value).error?.issues ?? [];
		const fields = formErrors(issues, projectContentSchema, value).map((error) => error.field);
		expect(fields).toContain('milestones.3.reachedOn');
		expect(fields).not.toContain('milestones.0.reachedOn');
	});
});

describe('rows of a discriminated union', () => {
	const issueForm = (rows: [string, string][]) =>
		formOf([
			['slug', '17'],
			['title', 'Spring'],
			['issuedOn', '2019-04-30'],
			['introduction', 'Hello.'],
			...rows
		]);

	it('reads each row as the option its choice names, ignoring the other option’s inputs', () => {
		const form = issueForm([
			['items.0.source', 'published'],
			['items.0.path', '/news/evidence-store-launched'],
			['items.0.heading', ''],
			['items.0.text', ''],
			['items.0.link', ''],
			['items.1.source', 'written'],
			['items.1.path', ''],
			['items.1.heading', 'Join our panel'],
			['items.1.text', 'Apply by 1 April.'],
			['items.1.link', ''],
			['items.2.source', ''],
			['items.2.heading', '']
		]);
		expect(newsletterContentSchema.parse(readForm(form, newsletterContentSchema))).toEqual({
			slug: '17',
			title: 'Spring',
			issuedOn: '2019-04-30',
			introduction: 'Hello.',
			items: [
				{ source: 'published', path: '/news/evidence-store-launched' },
				{ source: 'written', heading: 'Join our panel', text: 'Apply by 1 April.', link: null }
			]
		});
	});

	it('names a missing heading on the row the form showed', () => {
		const form = issueForm([
			['items.4.source', 'written'],
			['items.4.heading', ''],
			['items.4.text', 'Words.'],
			['items.4.link', '']
		]);
		const value = readForm(form, newsletterContentSchema);
		const issues = newsletterContentSchema.safeParse(value).error?.issues ?? [];
		expect(formErrors(issues, newsletterContentSchema, value)).toEqual([
			{ field: 'items.4.heading', message: 'Give the item a heading' }
		]);
	});
});
