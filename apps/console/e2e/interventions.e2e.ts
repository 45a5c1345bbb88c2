import { axeViolations, reflowProblems } from '@whatworks/e2e';
import { describe, expect, test } from 'vitest';
import {
	accessibilityProblems,
	browser,
	context,
	page,
	signIn,
	stack,
	useConsole
} from './console-session.js';

useConsole();

/** The new intervention's draft, which one test starts and the next shows as coming soon. */
let newDraftUrl = '';

describe('the editorial workflow', () => {
	test('an editor changes a summary, a reviewer publishes it with a change note, readers see both', async () => {
		const { editor, reviewer } = stack.demoStaff;
		if (!editor || !reviewer) throw new Error('The API server printed no demo editor or reviewer');
		const summary =
			'Therapists coach parents through an earpiece while they play with their child, so new ways of responding are practised on the spot.';
		// The site keeps a copy of the page once readers have seen it (each site process its own)…
		const reader = await context.newPage();
		const livePage = `${stack.siteUrl}/evidence-store/parent-child-interaction-therapy`;
		await reader.goto(livePage);
		await expect(reader.locator('main').textContent()).resolves.not.toContain(summary);
		await expect.poll(async () => (await fetch(livePage)).headers.get('x-cache')).toBe('HIT');

		await page.goto(`${stack.consoleUrl}/`);
		await signIn(editor.email, editor.password);
		await page.getByRole('button', { name: 'Edit Parent-Child Interaction Therapy' }).click();
		await page.waitForURL(/\/drafts\/\d+$/);
		const draftUrl = page.url();
		expect(await accessibilityProblems()).toEqual([]);
		await page.getByLabel('Summary').fill(summary);
		await page.getByRole('button', { name: 'Save draft' }).click();
		await expect(page.getByRole('status').textContent()).resolves.toContain('Saved as revision 2');
		await page.getByRole('button', { name: 'Submit for review' }).click();
		await expect(page.getByRole('status').textContent()).resolves.toContain('now in review');
		// The editor wrote it, so they cannot approve it: there is no way to, and the page says why.
		expect(await page.getByRole('button', { name: 'Approve and publish' }).count()).toBe(0);
		await expect(page.locator('main').textContent()).resolves.toContain(
			'Waiting for review by someone who did not write or edit this change'
		);
		expect(await accessibilityProblems()).toEqual([]);
		await page.getByRole('button', { name: 'Sign out' }).click();

		await page.goto(draftUrl);
		await signIn(reviewer.email, reviewer.password);
		const changes = page.getByRole('table', {
			name: /Comparing what readers see now with this draft/
		});
		await expect(changes.textContent()).resolves.toContain(summary);
		await page.getByRole('button', { name: 'Approve and publish' }).click();
		await expect(page.getByRole('alert').textContent()).resolves.toContain('Write a change note');
		await page
			.getByLabel('Change note', { exact: true })
			.fill('Described how the live coaching works.');
		await page.getByRole('button', { name: 'Approve and publish' }).click();
		await expect(page.getByRole('status').textContent()).resolves.toContain('now published');
		expect(await accessibilityProblems()).toEqual([]);

		// …and readers after publishing get the new page, not the copy: the API pushes the news.
		await expect.poll(async () => (await fetch(livePage)).text()).toContain(summary);
		await reader.goto(livePage);
		await expect(reader.locator('main').textContent()).resolves.toContain(summary);
		await expect(reader.locator('#page-changes + ol').textContent()).resolves.toContain(
			'Described how the live coaching works.'
		);
		expect(await axeViolations(reader)).toEqual([]);
	});
	test('an editor codes a new trial, sees the rating it gives, and a reviewer publishes it', async () => {
		const { editor, reviewer } = stack.demoStaff;
		if (!editor || !reviewer) throw new Error('The API server printed no demo editor or reviewer');
		await page.goto(`${stack.consoleUrl}/`);
		await signIn(editor.email, editor.password);
		// The dashboard lists a page of interventions at a time (the demo's 13 fit on one), and
		// finds one by its words.
		await page.goto(`${stack.consoleUrl}/?page=2`);
		await expect(page.locator('main').textContent()).resolves.toContain('There is no page 2');
		await page.getByRole('link', { name: 'go to the first page' }).click();
		await page.waitForURL(`${stack.consoleUrl}/`);
		expect(await page.getByRole('rowheader', { name: 'Kinship care', exact: true }).count()).toBe(
			1
		);
		await page.getByLabel('Find an intervention').fill('solution focused');
		await page.getByRole('button', { name: 'Find', exact: true }).click();
		await page.waitForURL(/\?q=solution\+focused$/);
		await expect(page.locator('#interventions-heading').textContent()).resolves.toMatch(
			/^\s*[1-9]\s+interventions?\s+matching “solution focused”\s*$/
		);
		expect(await page.getByRole('rowheader', { name: 'Kinship care', exact: true }).count()).toBe(
			0
		);
		expect(await accessibilityProblems()).toEqual([]);
		await page.getByRole('button', { name: 'Edit Solution-focused brief therapy' }).click();
		await page.waitForURL(/\/drafts\/\d+$/);
		const draftUrl = page.url();

		await page.getByRole('link', { name: 'Add a study' }).click();
		await page.getByLabel('Short label').fill('Example et al. 2024');
		await page.getByLabel('Full reference').fill('Example, A. (2024). A trial in England.');
		await page.getByLabel('Year').fill('2024');
		await page.getByLabel('Treatment group size').fill('400');
		await page.getByLabel('Comparison group size').fill('400');
		await page.getByLabel('Yes').first().check();
		expect(await accessibilityProblems()).toEqual([]);
		await page.getByRole('button', { name: 'Save study' }).click();
		expect(await page.getByRole('alert').count()).toBe(0);
		expect(page.url()).toBe(`${draftUrl}#study-data`);
		const outcomes = page.getByRole('region', { name: 'Outcomes and their computed ratings' });
		await expect(outcomes.textContent()).resolves.toContain('Tended to be positive');

		await page.getByRole('link', { name: 'Child emotional wellbeing' }).click();
		const preview = page.getByRole('region', { name: 'Computed rating' });
		await expect(preview.textContent()).resolves.toContain('Tended to be positive');
		// The blank row at the end adds a contrast; a number that is not one is named, nothing lost.
		const row = page.getByRole('row').last();
		await row.getByLabel(/^Study, row/).selectOption({ label: 'Example et al. 2024 (UK)' });
		await row.getByLabel(/^Sample, row/).fill('example-2024');
		await row.getByLabel(/^Effect size, row/).fill('0,4');
		await row.getByLabel(/^Variance, row/).fill('0.005');
		await row.getByLabel(/^Treatment n, row/).fill('400');
		await row.getByLabel(/^Comparison n, row/).fill('400');
		await page.getByRole('button', { name: 'Update the rating' }).click();
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'The effect size must be a number'
		);
		await expect(row.getByLabel(/^Sample, row/).inputValue()).resolves.toBe('example-2024');
		await row.getByLabel(/^Effect size, row/).fill('0.4');
		await page.getByRole('button', { name: 'Update the rating' }).click();
		await expect(preview.textContent()).resolves.toContain('Consistently positive');
		await expect(preview.textContent()).resolves.toContain('1 in the UK');
		expect(await accessibilityProblems()).toEqual([]);
		await page.getByRole('button', { name: 'Save outcome' }).click();
		await expect(page.getByRole('status').textContent()).resolves.toContain('Saved');
		const outcomeUrl = page.url().replace(/\?saved$/, '');

		// With JavaScript the rating follows the numbers as they are typed, before any submit.
		const live = await (await browser.newContext()).newPage();
		await live.context().addCookies(await context.cookies());
		// Typing before the page's script has loaded would go unseen: wait for it.
		await live.goto(outcomeUrl, { waitUntil: 'networkidle' });
		const livePreview = live.getByRole('region', { name: 'Computed rating' });
		await expect(livePreview.textContent()).resolves.toContain('Consistently positive');
		// The trial is the last saved row; the blank one for adding comes after it.
		const trial = live.locator('.ww-contrasts tbody tr').nth(-2);
		await expect(trial.getByLabel(/^Sample, row/).inputValue()).resolves.toBe('example-2024');
		await trial.getByLabel(/^Effect size, row/).fill('-0.4');
		await expect
			.poll(() => livePreview.textContent(), { timeout: 5_000 })
			.not.toContain('Consistently positive');
		expect(live.url()).toBe(outcomeUrl);
		await live.context().close();

		await page.goto(draftUrl);
		await page.getByRole('button', { name: 'Submit for review' }).click();
		await page.getByRole('button', { name: 'Sign out' }).click();
		await page.goto(draftUrl);
		await signIn(reviewer.email, reviewer.password);
		await page.getByLabel('Change note', { exact: true }).fill('Added the 2024 trial in England.');
		await page.getByRole('button', { name: 'Approve and publish' }).click();
		await expect(page.getByRole('status').textContent()).resolves.toContain('now published');

		const reader = await context.newPage();
		await reader.goto(`${stack.siteUrl}/evidence-store/solution-focused-brief-therapy`);
		const main = await reader.locator('main').textContent();
		expect(main).toContain('Example et al. 2024');
		expect(main).toContain('consistently showed a positive effect on child emotional wellbeing');
	});

	test('an editor adds an intervention: a draft readers cannot see yet', async () => {
		const { editor } = stack.demoStaff;
		if (!editor) throw new Error('The API server printed no demo editor');
		await page.goto(`${stack.consoleUrl}/interventions/new`);
		await signIn(editor.email, editor.password);
		await page.getByRole('button', { name: 'Start the draft' }).click();
		await expect(
			page.getByRole('alert').getByRole('link').first().getAttribute('href')
		).resolves.toBe('#name');
		await page.getByLabel('Name').fill('Video Interaction Guidance');
		await page.getByLabel('Summary').fill('Parents watch clips of themselves with their child.');
		await page.getByRole('button', { name: 'Start the draft' }).click();
		await page.waitForURL(/\/drafts\/\d+$/);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Video Interaction Guidance'
		);
		expect(await accessibilityProblems()).toEqual([]);
		await page.getByLabel('Also known as').fill('VIG');
		await page.getByRole('button', { name: 'Save draft' }).click();
		await expect(page.getByRole('status').textContent()).resolves.toContain('Saved as revision 2');
		// Only those who may publish may show it as coming soon.
		expect(await page.getByRole('button', { name: 'Show as coming soon' }).count()).toBe(0);
		newDraftUrl = page.url();
		const reader = await context.newPage();
		const hidden = await reader.goto(`${stack.siteUrl}/evidence-store/video-interaction-guidance`);
		expect(hidden?.status()).toBe(404);
		await page.getByRole('button', { name: 'Sign out' }).click();
	});

	test('a reviewer shows a new intervention as coming soon: listed with its month, no ratings', async () => {
		const { reviewer } = stack.demoStaff;
		if (!reviewer) throw new Error('The API server printed no demo reviewer');
		await page.goto(newDraftUrl);
		await signIn(reviewer.email, reviewer.password);
		await page.getByLabel('Month the review is expected').selectOption({ index: 2 });
		const month = await page.locator('#expectedMonth option:checked').textContent();
		await page.getByRole('button', { name: 'Show as coming soon' }).click();
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'Readers now see it as coming soon'
		);
		expect(await accessibilityProblems()).toEqual([]);

		const reader = await context.newPage();
		await reader.goto(`${stack.siteUrl}/evidence-store`);
		const listed = reader.getByRole('list', { name: 'Coming soon' });
		await expect(listed.textContent()).resolves.toContain(`expected ${month}`);
		await listed.getByRole('link', { name: 'Video Interaction Guidance' }).click();
		await reader.waitForURL(/\/evidence-store\/coming-soon\/video-interaction-guidance$/);
		const main = await reader.locator('main').textContent();
		expect(main).toContain(`expect to publish it in ${month}`);
		expect(main).toContain('VIG');
		expect(await reader.getByRole('table').count()).toBe(0);
		expect(await axeViolations(reader)).toEqual([]);
		expect(await reflowProblems(reader)).toEqual([]);
	});
});
