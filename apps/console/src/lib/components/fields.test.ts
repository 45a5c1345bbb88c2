import {
	contentSchemas,
	newInterventionContent,
	type ContentOf,
	type NamedRef
} from '@whatworks/domain';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { formErrors, readForm } from '@whatworks/ui';
import type { ResearchKind } from '$lib/research-kinds';
import type { PageChoice } from '$lib/server/record-options';
import { formOfHtml } from '$lib/testing/form-of-html';
import InterventionDetails from './InterventionDetails.svelte';
import RecordFields from './RecordFields.svelte';

const ref = (slug: string, name: string): NamedRef => ({ slug, name });
const options = {
	programmes: [
		ref('change-projects', 'Change Projects'),
		ref('schwartz-rounds', 'Schwartz Rounds')
	],
	projects: [ref('schwartz-rounds-evaluation', 'Schwartz Rounds evaluation')],
	interventions: [ref('kinship-care', 'Kinship care'), ref('signs-of-safety', 'Signs of Safety')],
	publications: [ref('signs-of-safety-practice-guide', 'Signs of Safety practice guide')],
	authors: [ref('david-wilkins', 'Dr David Wilkins'), ref('lorna-stabler', 'Lorna Stabler')],
	pages: [
		{ kind: 'article', path: '/news/evidence-store-launched', name: 'Evidence Store launches' },
		{ kind: 'intervention', path: '/evidence-store/kinship-care', name: 'Kinship care' }
	] satisfies PageChoice[]
};

/** A saved item of each research kind, using every kind of field its form has. */
const records: { [K in ResearchKind]: ContentOf<K> } = {
	publication: {
		slug: 'early-findings',
		title: 'Early findings',
		type: 'insight-report',
		authors: ['A. Author', 'B. Author'],
		publishedOn: '2020-03-31',
		abstract: 'What staff said.',
		themes: ['workforce-wellbeing'],
		projectSlugs: ['schwartz-rounds-evaluation'],
		interventionSlugs: [],
		file: null
	},
	project: {
		slug: 'a-new-project',
		name: 'A new project',
		summary: 'What it tries.',
		theme: 'workforce-wellbeing',
		programmeSlug: 'schwartz-rounds',
		milestones: [
			{ stage: 'partners-selected', reachedOn: '2019-01-10' },
			{ stage: 'protocol-published', reachedOn: '2019-03-14' }
		],
		leadOrganisation: 'A university',
		budgetGbp: 250_000,
		partnerSlugs: ['lambeth', 'stockport'],
		interventionSlugs: ['signs-of-safety'],
		protocol: {
			evaluator: 'CASCADE',
			principalInvestigator: 'A. Researcher',
			trialType: 'Pilot evaluation',
			localAuthorityCount: 6,
			childrenAndFamiliesCount: null,
			primaryOutcomes: ['Staff wellbeing'],
			secondaryOutcomes: [],
			publishedOn: '2019-03-14',
			fieldworkStartsOn: '2019-05-01'
		}
	},
	programme: {
		slug: 'staying-close',
		name: 'Staying Close',
		description: 'Support after residential care.',
		theme: null,
		startDate: '2022-08-03',
		endDate: null,
		budgetGbp: null
	},
	partner: {
		slug: 'a-new-trust',
		name: 'A new trust',
		type: 'childrens-trust',
		region: 'E12000002',
		gssCode: null,
		dfeCode: null,
		participations: [
			{
				programmeSlug: 'schwartz-rounds',
				wave: 2,
				role: 'evaluation-site',
				strand: null,
				startDate: '2019-10-01',
				endDate: null,
				fundingGbp: 5_000
			}
		]
	},
	article: {
		slug: 'schwartz-rounds-begin',
		type: 'blog-post',
		title: 'Schwartz Rounds begin',
		summary: 'Why we are trying them in social care.',
		body: 'The first paragraph,\nover two lines.\n\nThe second paragraph.',
		image: null,
		themes: ['workforce-wellbeing'],
		topics: ['practice-frameworks'],
		authorSlugs: ['david-wilkins', 'lorna-stabler'],
		interventionSlugs: ['signs-of-safety'],
		projectSlugs: ['schwartz-rounds-evaluation'],
		partnerSlugs: ['walsall', 'haringey'],
		publicationSlugs: ['signs-of-safety-practice-guide']
	},
	author: {
		slug: 'a-researcher',
		name: 'A. Researcher',
		role: 'Researcher, a university',
		bio: 'Studies supervision.'
	},
	newsletter: {
		slug: '17',
		title: 'Kinship care and a new panel',
		issuedOn: '2019-04-30',
		introduction: 'The first paragraph.\n\nMichael Sanders, Executive Director',
		items: [
			{ source: 'published', path: '/evidence-store/kinship-care' },
			{
				source: 'written',
				heading: 'Join our panel',
				text: 'Apply by 1 April.',
				link: 'https://example.org/panel'
			},
			{ source: 'published', path: '/news/evidence-store-launched' }
		]
	}
};

const renderRecord = (kind: ResearchKind, values: object, errors = []) =>
	render(RecordFields, {
		props: { kind, values, errors, options, slugEditable: true }
	}).body;

describe("each research kind's fields", () => {
	it.each(Object.keys(records) as ResearchKind[])(
		'%s: the form shows the saved content, and reading it back gives the same content',
		(kind) => {
			const schema = contentSchemas[kind];
			const saved = schema.parse(records[kind]);
			const form = formOfHtml(renderRecord(kind, saved));
			expect(schema.parse(readForm(form, schema))).toEqual(saved);
		}
	);

	it.each(Object.keys(records) as ResearchKind[])(
		'%s: a refused field is named by its schema path, and the form has an element with that id',
		(kind) => {
			const schema = contentSchemas[kind];
			const typed = {
				...(readForm(formOfHtml(renderRecord(kind, records[kind])), schema) as object),
				slug: 'Not A Slug'
			};
			const errors = formErrors(schema.safeParse(typed).error?.issues ?? [], schema);
			expect(errors.map((error) => error.field)).toContain('slug');
			const html = render(RecordFields, {
				props: { kind, values: typed, errors, options, slugEditable: true }
			}).body;
			expect(html).toContain('id="slug"');
			expect(html).toContain('id="slug-error"');
			expect(html).toContain('value="Not A Slug"');
		}
	);
});

describe("an intervention's details", () => {
	const saved = contentSchemas.intervention.parse({
		...newInterventionContent({ name: 'Kinship care', summary: 'Children live with relatives.' }),
		topics: ['kinship-and-foster-care'],
		ageRange: { min: 0, max: 17 },
		costBand: '2',
		sourceReview: 'A review of kinship care (2019).'
	});

	it('shows the saved content, and reading it back onto it gives the same content', () => {
		const html = render(InterventionDetails, {
			props: { values: saved, baseRevisionId: 7, errors: [], slugEditable: false }
		}).body;
		const form = formOfHtml(html);
		expect(form.get('baseRevisionId')).toBe('7');
		expect(
			contentSchemas.intervention.parse(readForm(form, contentSchemas.intervention, saved))
		).toEqual(saved);
	});
});
