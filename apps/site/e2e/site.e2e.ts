import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@whatworks/e2e';
import { describe, expect, it } from 'vitest';
import { expectAccessible, useSite } from './site-session.js';

// The API imports the 153 local authorities only when the shared data directory is there;
// otherwise it seeds just the programme partners.
const dataDir = resolve(
	process.env.WHATWORKS_DATA_DIR ?? resolve(import.meta.dirname, '../../../../shared/data')
);
const hasLocalAuthorityData = existsSync(resolve(dataDir, 'england_childrens_services_las.csv'));

const { open } = useSite();

/** The text of a table's body rows, one string per row. */
async function rowTexts(page: Page): Promise<string[]> {
	return page.locator('table tbody tr').allInnerTexts();
}

describe('public site with JavaScript off', () => {
	it('home page says what the Centre does and links to the Evidence Store, partners and research', async () => {
		const page = await open('/');
		expect(await page.locator('h1').count()).toBe(1);
		expect(await page.locator('h1').innerText()).toMatch(/evidence/i);
		expect(await page.locator('main').innerText()).toMatch(
			/social workers, managers and commissioners/
		);
		// Every card is a link, to the part of the site it describes.
		const cards = page.locator('main .ww-card h2');
		expect(
			await cards
				.locator('a')
				.evaluateAll((links) =>
					links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)
				)
		).toEqual(['/evidence-store', '/partners', '/research']);
		expect(await cards.count()).toBe(3);
		await page.getByRole('link', { name: 'Evidence Store' }).first().click();
		expect(new URL(page.url()).pathname).toBe('/evidence-store');
		expect(await page.locator('footer').innerText()).toContain(
			'Contains public sector information licensed under the Open Government Licence v3.0'
		);
		await page.close();
	});

	it('Evidence Store lists every intervention with its ratings in words', async () => {
		const page = await open('/evidence-store');
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Evidence Store');
		const fdac = page.locator('li.ww-intervention', {
			has: page.getByRole('heading', { name: 'Family Drug and Alcohol Courts' })
		});
		const reunification = await fdac.locator('li', { hasText: 'Family reunification' }).innerText();
		expect(reunification).toContain('Tended to be positive');
		expect(reunification).toMatch(/Strength(?:\s+of evidence)?\s*:\s*High/);
		const reEntry = await fdac.locator('li', { hasText: 'Care re-entry and re-abuse' }).innerText();
		expect(reEntry).toContain('No effect');
		expect(reEntry).toMatch(/Strength(?:\s+of evidence)?\s*:\s*High/);
		expect(await page.locator('li.ww-intervention h3').count()).toBeGreaterThanOrEqual(13);
		// The notice about demo data is visible, not only in the tags.
		expect(await page.locator('main').innerText()).toMatch(/Illustrative demo data.*not findings/s);
		await page.close();
	});

	it('"Our ratings explained" lists every rule the rating engine runs, reached from the store', async () => {
		const store = await open('/evidence-store');
		await store.getByRole('link', { name: 'Our ratings explained' }).click();
		expect(new URL(store.url()).pathname).toBe('/evidence-store/our-ratings-explained');
		await store.close();

		const page = await open('/evidence-store/our-ratings-explained');
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Our ratings explained');
		const effectiveness = await page
			.getByRole('table', { name: 'How we decide effectiveness' })
			.locator('tbody th')
			.allInnerTexts();
		expect(effectiveness.map((cell) => cell.split('\n').at(-1))).toEqual([
			'E-NONE',
			'E-HARM',
			'E-CONSISTENT',
			'E-POSITIVE',
			'E-CONFLICT',
			'E-NULL',
			'E-UNDERPOWERED'
		]);
		expect(await page.locator('main').innerText()).toContain(
			'version 1.0.0 of our Evidence Standards'
		);
		await page.close();
	});

	it('an intervention page shows headline sentences and badges, with no demo tag on published ratings', async () => {
		const page = await open('/evidence-store/family-drug-and-alcohol-courts');
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
			'Family Drug and Alcohol Courts'
		);
		const ratings = page.getByRole('table', { name: /Outcome ratings for Family Drug/ });
		const rows = await ratings.locator('tbody tr').allInnerTexts();
		const reunification = rows.find((row) => row.includes('family reunification'));
		expect(reunification).toMatch(/tended to show a positive effect on family reunification/);
		expect(reunification).toContain('Tended to be positive');
		expect(reunification).toMatch(/Strength(?:\s+of evidence)?\s*:\s*High/);
		expect(await page.locator('main').innerText()).not.toMatch(/illustrative/i);
		expect(await page.locator('main').innerText()).toMatch(
			/Evidence last reviewed\s+\d{1,2} [A-Z][a-z]+ \d{4}/
		);
		await page.close();
	});

	it('an intervention page shows the forest plot, pooled result and studies behind a rating', async () => {
		const page = await open('/evidence-store/parent-child-interaction-therapy');
		const section = page.locator('section', {
			has: page.getByRole('heading', { name: 'Child behaviour problems', level: 3 })
		});
		const plot = section.getByRole('img', {
			name: 'Forest plot: Parent-Child Interaction Therapy and child behaviour problems'
		});
		expect(await plot.count()).toBe(1); // one drawing shows at a time
		expect(await section.innerText()).toMatch(
			/Combining 9 comparisons, the average effect was 0\.\d\d standard deviations in favour of the intervention/
		);
		await section.getByText('Show the numbers in a table').click();
		const numbers = section.getByRole('table');
		expect(await numbers.locator('tbody tr').count()).toBe(10); // nine studies and the pooled row
		expect(await numbers.innerText()).toContain('Pooled (random effects)');
		const studies = await page.getByRole('region', { name: 'Studies' }).innerText();
		expect(studies).toContain('Illustrative demo study, not a real report');
		await expectAccessible(page);
		await page.close();
	});

	it('an intervention with illustrative ratings says so', async () => {
		const page = await open('/evidence-store/parent-child-interaction-therapy');
		const main = await page.locator('main').innerText();
		expect(main).toContain('Illustrative demo data');
		expect(main).toMatch(/illustrative demo data\. They are made up/i);
		await page.close();
	});

	it('the accessibility statement follows the model for public bodies', async () => {
		const page = await open('/accessibility');
		const headings = await page.locator('main').getByRole('heading').allInnerTexts();
		expect(headings).toEqual(
			expect.arrayContaining([
				'Accessibility statement',
				'How accessible this website is',
				'What to do if you cannot access parts of this website',
				'Feedback and contact information',
				'Reporting accessibility problems with this website',
				'Enforcement procedure',
				'Technical information about this website’s accessibility',
				'Compliance status',
				'Non-accessible content',
				'What we’re doing to improve accessibility',
				'Preparation of this accessibility statement'
			])
		);
		const main = await page.locator('main').innerText();
		const email = page.locator('main a[href^="mailto:"]').first();
		expect(await email.getAttribute('href')).toMatch(/^mailto:[^@\s]+@[^@\s]+\.[a-z]+$/);
		expect(main).toMatch(/reply within \d+ working days/);
		expect(main).toContain('Equality and Human Rights Commission');
		expect(
			await page
				.getByRole('link', { name: /Equality Advisory and Support Service \(EASS\)/ })
				.count()
		).toBe(1);
		expect(main).toMatch(
			/(partially|fully) compliant with the Web Content Accessibility Guidelines \(WCAG\)\s+version 2\.2 AA standard/
		);
		expect(main).toMatch(/prepared on \d{1,2} [A-Z][a-z]+ \d{4}/);
		await page.close();
	});

	it('an unknown intervention is a helpful 404', async () => {
		const page = await open('/evidence-store/no-such-intervention', 404);
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Page not found');
		await page.close();
	});

	it('partners lists every partner and filters by programme without JavaScript', async () => {
		const page = await open('/partners');
		const all = await rowTexts(page);
		// The authorities and the two children's trusts named as wave 1 partners.
		if (hasLocalAuthorityData) expect(all).toHaveLength(155);
		else expect(all.length).toBeGreaterThanOrEqual(23);

		await page.getByLabel('Programme', { exact: true }).selectOption({ label: 'Change Projects' });
		await page.getByRole('button', { name: 'Apply filters' }).click();
		await page.waitForURL(/programme=change-projects/);
		await expectAccessible(page);
		const changeProjects = await rowTexts(page);
		expect(changeProjects).toHaveLength(6);
		expect(changeProjects.some((row) => row.startsWith('Lambeth'))).toBe(true);
		expect(await page.getByRole('table').locator('caption').innerText()).toMatch(
			/^6 partners of \d+ \(taking part in Change Projects\)/
		);
		await page.close();
	});
});
