import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import CheckboxGroup from './CheckboxGroup.svelte';
import ErrorSummary from './ErrorSummary.svelte';
import FileField from './FileField.svelte';
import FormField from './FormField.svelte';
import SelectField from './SelectField.svelte';
import TextAreaField from './TextAreaField.svelte';
import TextField from './TextField.svelte';

/** The attributes of the element with this id, as the browser would read them. */
function attributesOf(html: string, id: string): Record<string, string> {
	const tag = new RegExp(`<[a-z]+[^>]*\\sid="${id}"[^>]*>`).exec(html)?.[0];
	if (!tag) throw new Error(`No element with id "${id}" in ${html}`);
	const attributes: Record<string, string> = {};
	for (const [, name = '', value = ''] of tag.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)) {
		attributes[name] = value;
	}
	return attributes;
}

/** The text of the element with this id, tags stripped. */
function textOf(html: string, id: string): string {
	const match = new RegExp(`<([a-z]+)[^>]*\\sid="${id}"[^>]*>(.*?)</\\1>`, 's').exec(html);
	return (match?.[2] ?? '')
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The options of a select: label and whether it is chosen. */
function optionsOf(html: string): [label: string, selected: boolean][] {
	return [...html.matchAll(/<option([^>]*)>([^<]*)<\/option>/g)].map(([, attributes, label]) => [
		label ?? '',
		/\sselected(=""|\s|$)/.test(attributes ?? '')
	]);
}

const errors = [
	{ field: 'name', message: 'Enter a name' },
	{ field: 'summary', message: 'Enter a summary' },
	{ field: 'topic', message: 'Choose a topic' },
	{ field: 'themes', message: 'Choose at least one theme' }
];

describe('FormField', () => {
	it('hands its own control the hint and error to be read out with it', () => {
		const control = createRawSnippet((describedBy: () => string | undefined) => ({
			render: () => `<input id="age" aria-describedby="${describedBy() ?? ''}">`
		}));
		const { body } = render(FormField, {
			props: { id: 'age', label: 'Age', hint: 'In years', error: 'Enter an age', children: control }
		});
		expect(body).toMatch(/<label[^>]*for="age"[^>]*>Age<\/label>/);
		expect(textOf(body, 'age-error')).toBe('Error: Enter an age');
		expect(attributesOf(body, 'age')['aria-describedby']).toBe('age-hint age-error');
	});
});

describe('FileField', () => {
	it('is a labelled file input sent under its name, its hint and error read out with it', () => {
		const { body } = render(FileField, {
			props: {
				id: 'file-boundaries',
				name: 'file',
				label: 'Upload a file',
				hint: 'Up to 20 MB.',
				accept: '.json',
				errors: [{ field: 'file-boundaries', message: 'Choose the file' }]
			}
		});
		expect(body).toMatch(/<label[^>]*for="file-boundaries"[^>]*>Upload a file<\/label>/);
		expect(attributesOf(body, 'file-boundaries')).toMatchObject({
			type: 'file',
			name: 'file',
			accept: '.json',
			'aria-describedby': 'file-boundaries-hint file-boundaries-error'
		});
		expect(textOf(body, 'file-boundaries-error')).toBe('Error: Choose the file');
		expect(
			attributesOf(
				render(FileField, { props: { id: 'image', label: 'Image', accept: 'image/png' } }).body,
				'image'
			).name
		).toBe('image');
	});
});

describe('TextField', () => {
	it('is labelled, and shows what was typed', () => {
		const { body } = render(TextField, {
			props: { id: 'name', label: 'Name', value: 'Kinship care', errors: [] }
		});
		expect(body).toMatch(/<label[^>]*for="name"[^>]*>Name<\/label>/);
		const input = attributesOf(body, 'name');
		expect(input).toMatchObject({ name: 'name', type: 'text', value: 'Kinship care' });
		expect(input['aria-describedby']).toBeUndefined();
	});

	it('shows its error, marks the input, and has it read out with the hint', () => {
		const { body } = render(TextField, {
			props: { id: 'name', label: 'Name', value: '', errors, hint: 'As readers know it' }
		});
		expect(textOf(body, 'name-error')).toBe('Error: Enter a name');
		expect(textOf(body, 'name-hint')).toBe('As readers know it');
		const input = attributesOf(body, 'name');
		expect(input['aria-describedby']).toBe('name-hint name-error');
		expect(input.class).toContain('govuk-input--error');
		expect(body).toContain('govuk-form-group--error');
	});

	it("shows no other field's error", () => {
		const { body } = render(TextField, {
			props: { id: 'slug', label: 'Address', value: 'fdac', errors }
		});
		expect(body).not.toContain('Error:');
		expect(body).not.toContain('govuk-form-group--error');
	});

	it('does not check the spelling of a slug', () => {
		const { body } = render(TextField, { props: { id: 'slug', label: 'Address', value: '' } });
		expect(attributesOf(body, 'slug').spellcheck).toBe('false');
	});

	it('can be a search box with a larger label', () => {
		const { body } = render(TextField, {
			props: {
				id: 'q',
				label: 'Search',
				value: 'parenting',
				type: 'search',
				labelClass: 'govuk-label--m'
			}
		});
		expect(attributesOf(body, 'q')).toMatchObject({ type: 'search', value: 'parenting' });
		expect(body).toMatch(/<label class="govuk-label govuk-label--m" for="q">/);
	});
});

describe('TextAreaField', () => {
	it('shows what was typed, and its error read out with it', () => {
		const { body } = render(TextAreaField, {
			props: { id: 'summary', label: 'Summary', value: 'Courts that treat parents', errors }
		});
		expect(textOf(body, 'summary')).toBe('Courts that treat parents');
		expect(textOf(body, 'summary-error')).toBe('Error: Enter a summary');
		expect(attributesOf(body, 'summary')['aria-describedby']).toBe('summary-error');
	});
});

describe('SelectField', () => {
	const topics = [
		{ value: 'parenting', label: 'Parenting' },
		{ value: 'courts', label: 'Courts' }
	];

	it('chooses the saved value', () => {
		const { body } = render(SelectField, {
			props: { id: 'topic', label: 'Topic', options: topics, selected: 'courts', errors: [] }
		});
		expect(attributesOf(body, 'topic').name).toBe('topic');
		expect(optionsOf(body)).toEqual([
			['Parenting', false],
			['Courts', true]
		]);
	});

	it('offers an empty first choice, chosen when nothing is', () => {
		const { body } = render(SelectField, {
			props: { id: 'topic', label: 'Topic', options: topics, selected: null, none: 'All topics' }
		});
		expect(optionsOf(body)).toEqual([
			['All topics', true],
			['Parenting', false],
			['Courts', false]
		]);
	});

	it('takes numbers, where zero is a choice and not the empty one', () => {
		const ages = [0, 1].map((age) => ({ value: age, label: age === 0 ? 'Under 1' : '1 year' }));
		const { body } = render(SelectField, {
			props: { id: 'age', label: 'Age', options: ages, selected: 0, none: 'Any age' }
		});
		expect(optionsOf(body)).toEqual([
			['Any age', false],
			['Under 1', true],
			['1 year', false]
		]);
	});

	it('shows its error, read out with the select', () => {
		const { body } = render(SelectField, {
			props: { id: 'topic', label: 'Topic', options: topics, selected: '', errors }
		});
		expect(textOf(body, 'topic-error')).toBe('Error: Choose a topic');
		const select = attributesOf(body, 'topic');
		expect(select['aria-describedby']).toBe('topic-error');
		expect(select.class).toContain('govuk-select--error');
	});

	it('can share a name with other selects and fill its column', () => {
		const { body } = render(SelectField, {
			props: {
				id: 'slug-2',
				name: 'slug',
				label: 'Second',
				options: topics,
				selected: '',
				wide: true
			}
		});
		const select = attributesOf(body, 'slug-2');
		expect(select.name).toBe('slug');
		expect(select.class).toContain('govuk-!-width-full');
	});
});

describe('CheckboxGroup', () => {
	const themes = [
		{ slug: 'kinship', name: 'Kinship care' },
		{ slug: 'courts', name: 'Courts' }
	];

	it('ticks the chosen options, each labelled', () => {
		const { body } = render(CheckboxGroup, {
			props: { name: 'themes', legend: 'Themes', options: themes, chosen: ['courts'], errors: [] }
		});
		expect(body).toMatch(/<legend[^>]*>Themes<\/legend>/);
		expect(attributesOf(body, 'themes-kinship').checked).toBeUndefined();
		expect(attributesOf(body, 'themes-courts')).toMatchObject({ name: 'themes', checked: '' });
		expect(body).toMatch(/<label[^>]*for="themes-courts"[^>]*>Courts<\/label>/);
	});

	it("gives the group its error, so the summary's link and the screen reader find it", () => {
		const { body } = render(CheckboxGroup, {
			props: { name: 'themes', legend: 'Themes', options: themes, chosen: [], errors }
		});
		expect(textOf(body, 'themes-error')).toBe('Error: Choose at least one theme');
		expect(attributesOf(body, 'themes')['aria-describedby']).toBe('themes-error');
	});

	it('gives an option its hint, read out with its box; an option without one has none', () => {
		const roles = [
			{ slug: 'editor', name: 'Editor', hint: 'Writes drafts.' },
			{ slug: 'admin', name: 'Admin' }
		];
		const { body } = render(CheckboxGroup, {
			props: { name: 'roles', legend: 'Roles', options: roles, chosen: [] }
		});
		expect(attributesOf(body, 'roles-editor')['aria-describedby']).toBe('roles-editor-hint');
		expect(textOf(body, 'roles-editor-hint')).toBe('Writes drafts.');
		expect(attributesOf(body, 'roles-editor-hint').class).toContain('govuk-checkboxes__hint');
		expect(attributesOf(body, 'roles-admin')['aria-describedby']).toBeUndefined();
		expect(body).not.toContain('roles-admin-hint');
	});

	it('keeps a value chosen before that is no longer an option, ticked, so saving keeps it', () => {
		const { body } = render(CheckboxGroup, {
			props: { name: 'themes', legend: 'Themes', options: themes, chosen: ['courts', 'gone'] }
		});
		expect(attributesOf(body, 'themes-gone')).toMatchObject({ value: 'gone', checked: '' });
		expect(textOf(body, 'themes-gone-hint')).toBe('Not on the site now');
		expect(attributesOf(body, 'themes-courts').checked).toBe('');
	});
});

describe('ErrorSummary', () => {
	it('links each problem to its field', () => {
		const { body } = render(ErrorSummary, { props: { errors: errors.slice(0, 2) } });
		expect(body).toContain('There is a problem');
		expect(body).toContain('role="alert"');
		expect([...body.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]])).toEqual([
			['#name', 'Enter a name'],
			['#summary', 'Enter a summary']
		]);
	});

	it('shows nothing when there is no problem', () => {
		const { body } = render(ErrorSummary, { props: { errors: [] } });
		expect(body).not.toContain('There is a problem');
	});

	it('can name a problem no field fixes, in its own words', () => {
		const rows = createRawSnippet(() => ({ render: () => '<p>Line 3 has no code.</p>' }));
		const { body } = render(ErrorSummary, {
			props: { errors: [], title: 'The file was not imported', children: rows }
		});
		expect(body).toMatch(/<h2 class="govuk-error-summary__title">The file was not imported<\/h2>/);
		expect(body).toContain('<p>Line 3 has no code.</p>');
		expect(body).toContain('role="alert"');
		expect(body).not.toContain('govuk-error-summary__list');
	});
});
