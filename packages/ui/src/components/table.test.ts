import { createRawSnippet, type ComponentProps } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Table from './Table.svelte';

const rows = createRawSnippet(() => ({
	render: () => '<tr class="govuk-table__row"><td class="govuk-table__cell">1</td></tr>'
}));

/** The markup rendered, without Svelte's hydration comments. */
function markupOf(props: ComponentProps<typeof Table>): string {
	return render(Table, { props }).body.replace(/<!--.*?-->/gs, '');
}

/** The opening tag of the first element with the given role, or '' if there is none. */
function openingTagOf(html: string, role: string): string {
	return new RegExp(`<[a-z]+[^>]*role="${role}"[^>]*>`).exec(html)?.[0] ?? '';
}

/** The header cells of the table's head, each as written. */
function headerCellsOf(html: string): string[] {
	const head = /<thead[^>]*>(.*?)<\/thead>/s.exec(html)?.[1] ?? '';
	return [...head.matchAll(/<th\b[^>]*>.*?<\/th>/gs)].map((match) => match[0]);
}

describe('Table', () => {
	const columns = [
		{ label: 'Study' },
		{ label: 'Participants', numeric: true },
		{ label: 'Action', hidden: true }
	];

	it('has its caption, a header cell for each column and the rows it is given', () => {
		const body = markupOf({
			caption: 'Studies',
			captionClass: 'govuk-table__caption--m',
			columns,
			children: rows
		});
		expect(body).toMatch(
			/<table class="govuk-table"><caption id="[^"]+" class="govuk-table__caption govuk-table__caption--m">Studies<\/caption>/
		);
		const cells = headerCellsOf(body);
		expect(cells).toHaveLength(3);
		for (const cell of cells) expect(cell).toMatch(/^<th scope="col" class="govuk-table__header/);
		expect(body).toMatch(/<tbody class="govuk-table__body"><tr class="govuk-table__row">/);
	});

	it('right-aligns numeric headers and hides an action column’s label on screen only', () => {
		const body = markupOf({ caption: 'Studies', columns, children: rows });
		const [study, participants, action] = headerCellsOf(body);
		expect(study).not.toContain('govuk-table__header--numeric');
		expect(participants).toContain('class="govuk-table__header govuk-table__header--numeric"');
		expect(participants).toContain('Participants');
		expect(action).toMatch(/<span class="govuk-visually-hidden">Action<\/span>/);
	});

	it('sits in a region a keyboard can reach, named by the caption', () => {
		const body = markupOf({ caption: 'Studies', columns, children: rows });
		const captionId = /<caption id="([^"]+)"/.exec(body)?.[1];
		expect(captionId).toBeTruthy();
		const region = openingTagOf(body, 'region');
		expect(region).toContain(`aria-labelledby="${captionId}"`);
		expect(region).toContain('tabindex="0"');
	});

	it('can name its region by a heading, or by a label of its own, and give it an id', () => {
		const byHeading = markupOf({
			caption: 'Studies of X',
			regionLabelledby: 'studies',
			columns,
			children: rows
		});
		expect(openingTagOf(byHeading, 'region')).toContain('aria-labelledby="studies"');

		const byLabel = markupOf({
			caption: '3 entries',
			regionLabel: 'Audit entries',
			regionId: 'results',
			columns,
			children: rows
		});
		const region = openingTagOf(byLabel, 'region');
		expect(region).toContain('aria-label="Audit entries"');
		expect(region).toContain('id="results"');
		expect(region).not.toContain('aria-labelledby');
	});

	it('can add a detail to the caption, after a space', () => {
		const detail = createRawSnippet(() => ({
			render: () => '<span>Effect size: Hedges’ g</span>'
		}));
		const body = markupOf({
			caption: 'Forest plot',
			captionDetail: detail,
			columns,
			children: rows
		});
		expect(body).toMatch(/>Forest plot <span>Effect size: Hedges’ g<\/span><\/caption>/);
	});

	it('leaves a narrow table without a region, and can take header cells from a snippet', () => {
		const head = createRawSnippet(() => ({
			render: () => '<th scope="col" class="govuk-table__header"><a href="/a">A</a></th>'
		}));
		const body = markupOf({
			caption: 'Compared',
			class: 'ww-comparison',
			captionClass: 'govuk-visually-hidden',
			scroll: false,
			head,
			children: rows
		});
		expect(body).not.toContain('role="region"');
		expect(body).toContain('<table class="govuk-table ww-comparison">');
		expect(body).toContain('class="govuk-table__caption govuk-visually-hidden"');
		expect(headerCellsOf(body)).toEqual([
			'<th scope="col" class="govuk-table__header"><a href="/a">A</a></th>'
		]);
	});

	it('stacks instead of scrolling when asked, so it needs no region of its own', () => {
		const body = markupOf({ caption: 'Outcomes', columns, stackBelow: '60em', children: rows });
		expect(body).not.toContain('role="region"');
		expect(body).toMatch(
			/^<div class="ww-stacked-table ww-stacked-table--below-60em"><table class="govuk-table">/
		);
	});
});
