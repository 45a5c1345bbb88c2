import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { expectAccessible, useSite } from './site-session.js';

// The demo imports the boundaries, Ofsted and looked-after files when the data directory is there.
const dataDir = resolve(
	process.env.WHATWORKS_DATA_DIR ?? resolve(import.meta.dirname, '../../../../shared/data')
);
const hasAreaData = existsSync(resolve(dataDir, 'england_utla_2023_buc.topojson'));

const site = useSite();
const { open } = site;

describe('partners, research and publications with JavaScript off', () => {
	it('the map names and links all 153 authorities and shades the six Change Project partners', async () => {
		const page = await open('/partners');
		const areaLinks = page.locator('svg.ww-area-map a');
		if (!hasAreaData) {
			expect(await areaLinks.count()).toBe(0);
			return;
		}
		expect(await areaLinks.count()).toBe(153);
		const names = await areaLinks.evaluateAll((links) =>
			links.map((link) => link.getAttribute('aria-label'))
		);
		expect(names).toContain('Lambeth: Change Projects');
		expect(names.every((name) => name && name.length > 2)).toBe(true);
		expect(
			await page
				.getByText(/Office for National Statistics licensed under the Open Government/)
				.count()
		).toBe(1);
		// The skip link lands on the table, the map's text alternative.
		await page.getByRole('link', { name: 'Skip the map to the table' }).click();
		await page.waitForURL(/#results$/);
		expect(await page.locator('#results table').count()).toBe(1);

		await page.getByLabel('Programme', { exact: true }).selectOption({ label: 'Change Projects' });
		await page.getByRole('button', { name: 'Apply filters' }).click();
		await page.waitForURL(/programme=change-projects/);
		await expectAccessible(page);
		expect(await page.getByLabel('Programme', { exact: true }).inputValue()).toBe(
			'change-projects'
		);
		expect(await page.locator('table tbody tr').count()).toBe(6);
		// All six in the Change Projects colour, though Wigan is in the wave 1 programme too.
		const shades = await page
			.locator('svg.ww-area-map a [class*="ww-area-map__area--shade-"]')
			.evaluateAll((paths) => paths.map((path) => path.getAttribute('class')));
		expect(shades).toHaveLength(6);
		expect(new Set(shades).size).toBe(1);
		expect(await page.locator('.ww-map-key__item').allInnerTexts()).toEqual([
			'Change Projects',
			'Not matching the filters, or in no programme'
		]);
		await page.close();
	});

	it('the partners page, maps and all, stays within 120 KB of HTML and 60 KB gzipped', async () => {
		const response = await fetch(new URL('/partners', site.stack.siteUrl));
		const html = Buffer.from(await response.arrayBuffer());
		expect(html.length).toBeLessThan(120_000);
		expect(gzipSync(html, { level: 9 }).length).toBeLessThan(60_000);
		if (!hasAreaData) return;
		// London's boroughs are drawn on both maps but named and linked once, in the close-up.
		const page = await open('/partners');
		const [england, london] = await page.locator('svg.ww-area-map').all();
		expect(await england?.locator('a').count()).toBe(120);
		expect(await england?.locator('g[aria-hidden="true"] path').count()).toBeGreaterThan(0);
		expect(await london?.locator('a').count()).toBe(33);
		expect(await london?.getByRole('link', { name: 'Lambeth: Change Projects' }).count()).toBe(1);
		// Every area has an outline with room in it: none was simplified away.
		const sizes = await page
			.locator('svg.ww-area-map a path')
			.evaluateAll((paths) =>
				paths.map((path) => (path as SVGPathElement).getBBox()).map((box) => box.width * box.height)
			);
		expect(sizes.every((size) => size > 0)).toBe(true);
		await page.close();
	});

	it('Lambeth shows its strand, its place on the map, Ofsted and the looked-after trend', async () => {
		const page = await open('/partners?programme=change-projects');
		await page.locator('table').getByRole('link', { name: 'Lambeth' }).click();
		await page.waitForURL(/\/partners\/lambeth$/);
		await expectAccessible(page);
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Lambeth');
		expect(await page.locator('main').innerText()).toContain(
			'Delivery partner: Social workers in schools'
		);
		if (hasAreaData) {
			const here = page.locator('svg.ww-area-map a[aria-current="page"]');
			expect(await here.getAttribute('aria-label')).toMatch(/^Lambeth/);
			expect(await page.getByRole('heading', { name: 'Latest Ofsted inspection' }).count()).toBe(1);
			expect(await page.locator('main').innerText()).toMatch(
				/At 31 March 2025, [\d.]+ in every 10,000 children in Lambeth were looked after, (above|below) England’s 67/
			);
			expect(await page.getByRole('img', { name: /Lambeth and England/ }).count()).toBe(1);
		}
		await page.close();
	});

	it('a project shows its timeline and the protocol-before-work badge', async () => {
		const page = await open('/partners/lambeth');
		await page.getByRole('link', { name: 'Social workers in schools: Lambeth' }).click();
		await page.waitForURL(/\/research\/social-workers-in-schools-lambeth$/);
		await expectAccessible(page);
		expect(await page.getByText('Protocol published before work began').first().isVisible()).toBe(
			true
		);
		expect(await page.locator('.ww-timeline li').count()).toBe(6);
		// Its work ran until March 2020: by its dates it has been evaluating since April 2020.
		expect(await page.locator('.ww-timeline [aria-current="step"]').innerText()).toMatch(
			/Evaluating\s+1 April 2020\s+\(current stage\)/
		);
		const stage = page.locator('dt', { hasText: 'Stage' }).locator('xpath=../dd');
		expect((await stage.innerText()).trim()).toBe('Evaluating, since 1 April 2020');
		expect(await page.locator('.ww-timeline li').last().innerText()).toMatch(/Reported\s+Not yet/);
		expect(await page.locator('main').innerText()).toContain('Published on 14 March 2019');
		await page.close();
	});

	it('programme and research pages list partners and projects', async () => {
		const research = await open('/research');
		await research.getByRole('link', { name: 'Schwartz Rounds', exact: true }).click();
		await research.waitForURL(/\/programmes\/schwartz-rounds$/);
		await expectAccessible(research);
		expect(await research.locator('table tbody tr').count()).toBe(6);
		await research.close();
	});

	it('a programme without partners yet says they are not announced, not "0 partners"', async () => {
		const research = await open('/research');
		const card = research.locator('.ww-card', { hasText: 'Happier, Healthier Professionals' });
		expect(await card.innerText()).toContain('Partners not announced yet');
		expect(await research.locator('main').innerText()).not.toMatch(/\b0 partners/);
		await card.getByRole('link').click();
		await research.waitForURL(/\/programmes\/happier-healthier-professionals$/);
		await expectAccessible(research);
		expect(await research.locator('main').innerText()).toContain('Partners not announced yet.');
		await research.close();
	});

	it('the library filters by type and year and opens a publication', async () => {
		const page = await open('/publications');
		await page.getByLabel('Type').selectOption({ label: 'Rapid realist review' });
		await page.getByRole('button', { name: 'Apply filters' }).click();
		await page.waitForURL(/type=rapid-realist-review/);
		await expectAccessible(page);
		expect(await page.getByRole('heading', { name: /1 publication match/ }).count()).toBe(1);
		await page.getByRole('link', { name: /^Shared Decision-Making/ }).click();
		await page.waitForURL(/\/publications\/shared-decision-making-rapid-realist-review$/);
		await expectAccessible(page);
		expect(await page.locator('main').innerText()).toContain('12 July 2019');

		const empty = await open('/publications?type=protocol&year=2018');
		expect(await empty.getByRole('heading', { name: /0 publications match/ }).count()).toBe(1);
		// The form shows the filters the address holds, so a reader can loosen one.
		expect(await empty.getByLabel('Type').inputValue()).toBe('protocol');
		expect(await empty.getByLabel('Year').inputValue()).toBe('2018');
		await page.close();
		await empty.close();
	});

	it('an unknown partner or project is a 404', async () => {
		await (await open('/partners/atlantis', 404)).close();
		await (await open('/research/no-such-project', 404)).close();
	});
});
