import { axeViolations } from '@whatworks/e2e';
import { describe, expect, test } from 'vitest';
import {
	accessibilityProblems,
	context,
	page,
	signIn,
	stack,
	useConsole
} from './console-session.js';

useConsole();

describe('publications', () => {
	test('an editor adds a report to a project, a reviewer publishes it, readers find it', async () => {
		const { editor, reviewer } = stack.demoStaff;
		if (!editor || !reviewer) throw new Error('The API server printed no demo editor or reviewer');
		await page.goto(`${stack.consoleUrl}/research`);
		await signIn(editor.email, editor.password);
		expect(await accessibilityProblems()).toEqual([]);
		await page.getByRole('link', { name: 'Add a publication' }).click();
		await page.waitForURL(/\/research\/new\/publication$/);

		// A missing abstract is named on its field, and what was typed is kept.
		await page.getByLabel('Title').fill('Schwartz Rounds: what staff told us');
		await page.getByLabel('Web address').fill('schwartz-rounds-what-staff-told-us');
		await page.getByLabel('Type').selectOption({ label: 'Insight report' });
		await page.getByLabel('Authors').fill('CASCADE, Cardiff University');
		await page.getByLabel('Date published').fill('2020-03-31');
		await page.getByLabel('Schwartz Rounds in children’s social care').check();
		await page.getByRole('button', { name: 'Start the draft' }).click();
		await expect(page.getByRole('alert').getByRole('link').textContent()).resolves.toBe(
			'Write the abstract'
		);
		await expect(page.getByLabel('Title').inputValue()).resolves.toBe(
			'Schwartz Rounds: what staff told us'
		);
		expect(await accessibilityProblems()).toEqual([]);
		await page.getByLabel('Abstract').fill('What staff said after a year of Rounds.');
		await page.getByRole('button', { name: 'Start the draft' }).click();
		await page.waitForURL(/\/drafts\/\d+$/);
		const draftUrl = page.url();
		expect(await accessibilityProblems()).toEqual([]);

		// A web page renamed .pdf is refused by its bytes; a real PDF is attached.
		await page.getByLabel('Attach a PDF').setInputFiles({
			name: 'report.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.from('<html><script>alert(1)</script></html>')
		});
		await page.getByRole('button', { name: 'Attach the report' }).click();
		await expect(page.getByRole('alert').getByRole('link').textContent()).resolves.toMatch(
			/not a PDF/
		);
		expect(await accessibilityProblems()).toEqual([]);
		const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
		await page.getByLabel('Attach a PDF').setInputFiles({
			name: 'What staff told us.pdf',
			mimeType: 'application/pdf',
			buffer: pdf
		});
		await page.getByRole('button', { name: 'Attach the report' }).click();
		await expect(page.locator('main').textContent()).resolves.toContain(
			'Attached: What staff told us.pdf (PDF, '
		);
		await page.getByRole('button', { name: 'Submit for review' }).click();
		await expect(page.locator('#state').textContent()).resolves.toBe('In review');
		expect(await page.getByRole('button', { name: 'Approve and publish' }).count()).toBe(0);
		await page.getByRole('button', { name: 'Sign out' }).click();

		await page.goto(draftUrl);
		await signIn(reviewer.email, reviewer.password);
		await page.getByRole('button', { name: 'Approve and publish' }).click();
		await expect(page.locator('#state').textContent()).resolves.toBe('Published');
		expect(await accessibilityProblems()).toEqual([]);

		const reader = await context.newPage();
		await reader.goto(`${stack.siteUrl}/research/schwartz-rounds-evaluation`);
		await reader.getByRole('link', { name: 'Schwartz Rounds: what staff told us' }).click();
		await reader.waitForURL(/\/publications\/schwartz-rounds-what-staff-told-us$/);
		await expect(reader.locator('main').textContent()).resolves.toContain('31 March 2020');
		expect(await axeViolations(reader)).toEqual([]);
		const download = await reader.request.get(
			`${stack.siteUrl}/publications/schwartz-rounds-what-staff-told-us/download`
		);
		expect(download.status()).toBe(200);
		expect(download.headers()).toMatchObject({
			'content-type': 'application/pdf',
			'content-disposition': 'attachment; filename="What staff told us.pdf"',
			'x-content-type-options': 'nosniff'
		});
		expect(Buffer.from(await download.body())).toEqual(pdf);
	});
});

describe('research projects', () => {
	test('an editor cannot date a protocol after its fieldwork; a reviewer publishes the fix', async () => {
		const { editor, reviewer } = stack.demoStaff;
		if (!editor || !reviewer) throw new Error('The API server printed no demo editor or reviewer');
		await page.goto(`${stack.consoleUrl}/research`);
		await signIn(editor.email, editor.password);
		await page.getByRole('button', { name: 'Edit Social workers in schools: Stockport' }).click();
		await page.waitForURL(/\/drafts\/\d+$/);
		const draftUrl = page.url();
		expect(await accessibilityProblems()).toEqual([]);

		await page.getByLabel('Date the protocol was published').fill('2019-06-01');
		await page.getByRole('button', { name: 'Save draft' }).click();
		await expect(page.getByRole('alert').getByRole('link').textContent()).resolves.toBe(
			'The protocol must be published before fieldwork starts'
		);
		expect(await accessibilityProblems()).toEqual([]);
		await page.getByLabel('Date the protocol was published').fill('2019-03-14');
		await page.getByLabel('Number of children and families').fill('250');
		await page.getByRole('button', { name: 'Save draft' }).click();
		await expect(page.getByRole('status').textContent()).resolves.toContain('Saved as revision');
		await page.getByRole('button', { name: 'Submit for review' }).click();
		await page.getByRole('button', { name: 'Sign out' }).click();

		await page.goto(draftUrl);
		await signIn(reviewer.email, reviewer.password);
		await page.getByLabel('Minor change').check();
		await page.getByRole('button', { name: 'Approve and publish' }).click();
		await expect(page.locator('#state').textContent()).resolves.toBe('Published');

		const reader = await context.newPage();
		await reader.goto(`${stack.siteUrl}/research/social-workers-in-schools-stockport`);
		await expect(reader.locator('main').textContent()).resolves.toContain('250');
		expect(await reader.getByText('Protocol published before work began').count()).toBeGreaterThan(
			0
		);
		expect(await axeViolations(reader)).toEqual([]);
	});
});

describe('partners', () => {
	test('an editor adds a programme to a partner, a reviewer publishes it, the site filters by it', async () => {
		const { editor, reviewer } = stack.demoStaff;
		if (!editor || !reviewer) throw new Error('The API server printed no demo editor or reviewer');
		await page.goto(`${stack.consoleUrl}/partners`);
		await signIn(editor.email, editor.password);
		expect(await accessibilityProblems()).toEqual([]);
		await page.getByRole('button', { name: 'Edit Stockport', exact: true }).click();
		await page.waitForURL(/\/drafts\/\d+$/);
		const draftUrl = page.url();
		expect(await accessibilityProblems()).toEqual([]);

		// The blank last row adds a programme.
		await page.getByLabel('Programme, row 2').selectOption({ label: 'Schwartz Rounds' });
		await page.getByLabel('Wave, row 2').fill('2');
		await page.getByLabel('Part played, row 2').selectOption({ label: 'Evaluation site' });
		await page.getByLabel('From, row 2').fill('2019-10-01');
		await page.getByRole('button', { name: 'Save draft' }).click();
		await expect(page.getByRole('status').textContent()).resolves.toContain('Saved as revision');
		await expect(page.getByLabel('Programme, row 3').inputValue()).resolves.toBe('');
		await page.getByRole('button', { name: 'Submit for review' }).click();
		await page.getByRole('button', { name: 'Sign out' }).click();

		await page.goto(draftUrl);
		await signIn(reviewer.email, reviewer.password);
		await page
			.getByLabel('Change note', { exact: true })
			.fill('Stockport joined the second wave of Schwartz Rounds.');
		await page.getByRole('button', { name: 'Approve and publish' }).click();
		await expect(page.locator('#state').textContent()).resolves.toBe('Published');

		const reader = await context.newPage();
		await reader.goto(`${stack.siteUrl}/partners?wave=2`);
		expect(await reader.locator('table tbody tr').allInnerTexts()).toEqual([
			expect.stringMatching(/^Stockport\b.*Change Projects, Schwartz Rounds/) as string
		]);
		expect(await axeViolations(reader)).toEqual([]);
	});
});
