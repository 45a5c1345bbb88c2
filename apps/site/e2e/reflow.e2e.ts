import { reflowSizes, type Locator, type Page } from '@whatworks/e2e';
import { describe, expect, it } from 'vitest';
import { useSite } from './site-session.js';

// `open` checks each page at 320 CSS px, on a phone and at 400% zoom (see `expectAccessible`),
// so these tests only have to reach one page of every kind, by the links readers would follow.
const site = useSite();
const { open } = site;

/** Opens, one after another, the pages the first link of each of `links` leads to. */
async function openLinked(page: Page, links: readonly Locator[]): Promise<void> {
	for (const link of links) {
		const href = await link.first().getAttribute('href');
		if (href === null) throw new Error(`A link without an address on ${page.url()}`);
		// The site's links are relative to the page they are on.
		await (await open(new URL(href, page.url()).href)).close();
	}
}

describe('every kind of page fits 320 CSS px without scrolling sideways', () => {
	it('home, accessibility statement and a page that is not there', async () => {
		const home = await open('/');
		await openLinked(home, [home.getByRole('link', { name: 'Accessibility statement' })]);
		await home.close();
		await (await open('/no-such-page', 404)).close();
	});

	it('the Evidence Store: list, an intervention, compare, matrix, rules and open data', async () => {
		const store = await open('/evidence-store');
		const named = (name: string) => store.getByRole('link', { name, exact: true });
		await openLinked(store, [
			store.locator('li.ww-intervention h3 a'),
			named('Compare interventions'),
			named('Ratings matrix'),
			named('Our ratings explained'),
			named('Open data')
		]);
		const [first, second] = await store
			.locator('input[name="slug"]')
			.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
		await (await open(`/evidence-store/compare?slug=${first}&slug=${second}`)).close();
		await store.close();
	});

	it('partners, research and publications, each with a page of one', async () => {
		const partners = await open('/partners');
		await openLinked(partners, [partners.locator('table tbody a')]);
		await partners.close();

		const research = await open('/research');
		await openLinked(research, [
			research.locator('.ww-card a'),
			research.locator('main li:not(.ww-card) a')
		]);
		await research.close();

		const publications = await open('/publications');
		await openLinked(publications, [publications.locator('main li a')]);
		await publications.close();
	});

	it('an intervention’s outcomes stack on a phone, unscrolled, and stay a table to screen readers', async () => {
		const browser = site.context.browser();
		if (browser === null) throw new Error('The site session has no browser');
		const [phone] = reflowSizes;
		if (phone === undefined) throw new Error('No phone size to test');
		const narrow = await browser.newContext({ ...phone.context, javaScriptEnabled: false });
		try {
			const page = await narrow.newPage();
			const path = '/evidence-store/parent-child-interaction-therapy';
			await page.goto(new URL(path, site.stack.siteUrl).href);
			const table = page.getByRole('table', { name: /^Outcome ratings for/ });
			expect(await table.locator('xpath=ancestor::*[@role="region"]').count()).toBe(0);

			// Each cell of a row sits under the one before, its column's name shown above it.
			const cells = await table
				.locator('tbody tr')
				.first()
				.locator('th, td')
				.evaluateAll((found) =>
					found.map((cell) => ({
						left: Math.round(cell.getBoundingClientRect().left),
						top: Math.round(cell.getBoundingClientRect().top),
						label: getComputedStyle(cell, '::before').content
					}))
				);
			expect(new Set(cells.map((cell) => cell.left)).size).toBe(1);
			const tops = cells.map((cell) => cell.top);
			expect(tops).toEqual([...new Set(tops)].sort((a, b) => a - b));
			expect(cells.slice(1).map((cell) => cell.label)).toEqual([
				'"What the evidence says" / ""',
				'"Effectiveness" / ""',
				'"Strength of evidence" / ""'
			]);

			// Chromium's own accessibility tree, which screen readers read: still a table, its cells
			// under the same column headers as on a wide screen.
			const devtools = await narrow.newCDPSession(page);
			const { nodes } = await devtools.send('Accessibility.getFullAXTree');
			const namesOf = (role: string): string[] =>
				nodes
					.filter((node) => node.role?.value === role)
					.map((node) => String(node.name?.value ?? '').trim());
			expect(namesOf('table')).toContainEqual(
				expect.stringMatching(/Outcome ratings for Parent-Child Interaction Therapy/)
			);
			expect(namesOf('columnheader')).toEqual(
				expect.arrayContaining([
					'Outcome',
					'What the evidence says',
					'Effectiveness',
					'Strength of evidence'
				])
			);
			expect(namesOf('rowheader')).toContainEqual(
				expect.stringMatching(/^Child behaviour problems/)
			);
		} finally {
			await narrow.close();
		}
	});
});
