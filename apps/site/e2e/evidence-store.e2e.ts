import { readFile } from 'node:fs/promises';
import type { Page } from '@whatworks/e2e';
import { evidenceColumns } from '@whatworks/domain';
import { describe, expect, it } from 'vitest';
import { expectAccessible, useSite } from './site-session.js';

const site = useSite();

/** Follows a link or button to another page and checks that page with `expectAccessible`. */
async function go(page: Page, action: () => Promise<void>): Promise<void> {
	await Promise.all([page.waitForEvent('load'), action()]);
	await expectAccessible(page);
}

/** The names of the interventions on a results page. */
function resultNames(page: Page): Promise<string[]> {
	return page.locator('li.ww-intervention h3').allInnerTexts();
}

/** Splits RFC 4180 CSV (CRLF line ends, quoted cells with doubled quotes) into rows of cells. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quoted && char === '"' && text[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (char === '"') {
			quoted = !quoted;
		} else if (!quoted && char === ',') {
			row.push(cell);
			cell = '';
		} else if (!quoted && char === '\r' && text[i + 1] === '\n') {
			rows.push([...row, cell]);
			row = [];
			cell = '';
			i++;
		} else {
			cell += char;
		}
	}
	return rows;
}

describe('a reader finding evidence with JavaScript off', () => {
	it('searches, filters by strength, reads an intervention, compares two and downloads the data', async () => {
		const page = await site.open('/evidence-store');
		const everything = await resultNames(page);

		await page.getByLabel('Search', { exact: true }).fill('parenting');
		await go(page, () => page.getByRole('button', { name: 'Search', exact: true }).click());
		expect(new URL(page.url()).searchParams.get('q')).toBe('parenting');
		const matching = await resultNames(page);
		expect(matching.length).toBeGreaterThan(1);
		expect(matching.length).toBeLessThan(everything.length);
		expect(await page.locator('#results').innerText()).toBe(
			`${matching.length} interventions matching “parenting”`
		);
		expect(await page.locator('.ww-snippet mark').first().innerText()).toMatch(/^parent/i);

		await page.getByLabel('Strength of evidence').selectOption({ label: 'Moderate or stronger' });
		await go(page, () => page.getByRole('button', { name: 'Search', exact: true }).click());
		const address = new URL(page.url()).searchParams;
		expect([address.get('q'), address.get('minStrength')]).toEqual(['parenting', 'moderate']);
		const strong = await resultNames(page);
		expect(strong.length).toBeGreaterThan(0);
		expect(strong.length).toBeLessThan(matching.length);
		for (const item of await page.locator('li.ww-intervention').all()) {
			expect(await item.innerText()).toMatch(/Strength(?:\s+of evidence)?\s*:\s*(Moderate|High)/);
		}

		await go(page, () =>
			page.getByRole('link', { name: 'Parent-Child Interaction Therapy' }).click()
		);
		expect(new URL(page.url()).pathname).toBe('/evidence-store/parent-child-interaction-therapy');
		const behaviour = page.locator('section', {
			has: page.getByRole('heading', { name: 'Child behaviour problems', level: 3 })
		});
		expect(
			await behaviour
				.getByRole('img', { name: /^Forest plot: Parent-Child Interaction Therapy/ })
				.count()
		).toBe(1);
		await behaviour.getByText('Show the numbers in a table').click();
		expect(await behaviour.getByRole('table').locator('tbody tr').count()).toBeGreaterThan(1);
		expect(await page.getByRole('heading', { name: 'Rating changes' }).count()).toBe(1);
		expect(await page.locator('.ww-citation').innerText()).toContain(
			'Parent-Child Interaction Therapy: Evidence Store summary'
		);

		await go(page, () => page.goBack().then(() => undefined));
		await page.getByLabel('Compare Parent-Child Interaction Therapy').check();
		await page.getByLabel('Compare Family Drug and Alcohol Courts').check();
		await go(page, () => page.getByRole('button', { name: 'Compare selected' }).click());
		expect(new URL(page.url()).pathname).toBe('/evidence-store/compare');
		const comparison = page.getByRole('table', {
			name: 'Parent-Child Interaction Therapy, Family Drug and Alcohol Courts side by side'
		});
		expect(await comparison.locator('thead th').allInnerTexts()).toEqual([
			'Parent-Child Interaction Therapy',
			'Family Drug and Alcohol Courts'
		]);
		const safety = await comparison.locator('tr', { hasText: 'Child safety' }).innerText();
		expect(safety).toContain('Recurrence of maltreatment');

		await go(page, () =>
			page.goto(new URL('/evidence-store/open-data', site.stack.siteUrl).href).then(() => undefined)
		);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: /ratings \(CSV\)/ }).click()
		]);
		const csv = parseCsv(await readFile(await download.path(), 'utf8'));
		const [header, ...rows] = csv;
		expect(header).toEqual(evidenceColumns.map((column) => column.key));
		expect(rows.length).toBeGreaterThan(13);
		expect(rows.every((row) => row.length === header?.length)).toBe(true);
		const fdac = rows.filter((row) => row[1] === 'family-drug-and-alcohol-courts');
		expect(fdac.map((row) => [row[2], row[4], row[5], row.at(-1)])).toContainEqual([
			'Family reunification',
			'tends-positive',
			'high',
			'published'
		]);
		await page.close();
	});

	it('says how to widen a search that finds nothing', async () => {
		const page = await site.open('/evidence-store?q=zzyzx+quasar&topic=parenting');
		expect(await page.locator('#results').innerText()).toBe(
			'0 interventions matching “zzyzx quasar”'
		);
		expect(await page.locator('main').innerText()).toContain('remove some filters');
		await go(page, () => page.getByRole('link', { name: 'Clear search and filters' }).click());
		expect(await resultNames(page)).toHaveLength(13);
		await page.close();
	});

	it('shows every intervention against every outcome domain in the ratings matrix', async () => {
		const page = await site.open('/evidence-store/ratings-matrix');
		const matrix = page.getByRole('table');
		expect(await matrix.locator('tbody tr').count()).toBe(13);
		const fgc = await matrix.locator('tr', { hasText: 'Family Group Conferencing' }).innerText();
		expect(fgc).toContain('Mixed');
		await page.close();

		// Thirteen fit on one page; an address past the last page says so and leads to the first.
		const past = await site.open('/evidence-store/ratings-matrix?page=3', 404);
		expect(await past.title()).toMatch(/^Ratings matrix \(no page 3\)/);
		expect(await past.getByRole('heading', { name: 'There is no page 3' }).count()).toBe(1);
		expect(await past.locator('main').innerText()).toContain('There are 13 interventions.');
		await go(past, () => past.getByRole('link', { name: 'Go to the first page' }).click());
		expect(await past.getByRole('table').locator('tbody tr').count()).toBe(13);
		await past.close();
	});

	it('finds a second intervention to compare with, adds it and removes the first', async () => {
		const page = await site.open('/evidence-store/compare?slug=kinship-care');
		expect(await page.locator('.govuk-error-summary').count()).toBe(0);
		expect(await page.locator('main').innerText()).toContain(
			'Find at least one more intervention to compare Kinship care with.'
		);
		await page.getByLabel('Find another intervention to compare').fill('family group');
		await go(page, () => page.getByRole('button', { name: 'Find', exact: true }).click());
		expect(await page.locator('#matches').innerText()).toMatch(
			/^\d+ interventions? matching “family group”$/
		);
		await go(page, () =>
			page.getByRole('link', { name: 'Add Family Group Conferencing', exact: true }).click()
		);
		expect(new URL(page.url()).searchParams.getAll('slug')).toEqual([
			'kinship-care',
			'family-group-conferencing'
		]);
		const comparison = page.getByRole('table', {
			name: 'Kinship care, Family Group Conferencing side by side'
		});
		expect(await comparison.locator('thead th').allInnerTexts()).toEqual([
			'Kinship care',
			'Family Group Conferencing'
		]);
		await go(page, () =>
			page.getByRole('link', { name: 'Remove Kinship care', exact: true }).click()
		);
		expect(new URL(page.url()).searchParams.getAll('slug')).toEqual(['family-group-conferencing']);
		expect(await page.getByRole('table').count()).toBe(0);
		await page.close();
	});

	it('says when a chosen intervention cannot be found, or too many are chosen, keeping the rest', async () => {
		const page = await site.open('/evidence-store/compare?slug=kinship-care&slug=no-such-thing');
		expect(await page.locator('.govuk-error-summary').innerText()).toContain(
			'We could not find one of the interventions you chose. Choose again.'
		);
		expect(await page.locator('.ww-choice-list').first().innerText()).toContain('Kinship care');
		await page.close();

		const slugs = [
			'kinship-care',
			'family-group-conferencing',
			'parent-child-interaction-therapy',
			'family-drug-and-alcohol-courts',
			'treatment-foster-care'
		];
		const many = await site.open(
			`/evidence-store/compare?${slugs.map((slug) => `slug=${slug}`).join('&')}`
		);
		expect(await many.locator('.govuk-error-summary').innerText()).toContain(
			'Choose no more than 4 interventions to compare.'
		);
		expect(await many.locator('#chosen + ul li').count()).toBe(4);
		expect(await many.getByRole('searchbox').count()).toBe(0);
		await go(many, () => many.getByRole('link', { name: 'Compare these 4' }).click());
		expect(new URL(many.url()).searchParams.getAll('slug')).toEqual(slugs.slice(0, 4));
		expect(await many.locator('table.ww-comparison thead th').count()).toBe(4);
		await many.close();
	});
});
