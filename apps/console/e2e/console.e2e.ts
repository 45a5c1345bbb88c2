import {
	axeViolations,
	launchBrowser,
	startStack,
	type Browser,
	type BrowserContext,
	type Page,
	type Stack
} from '@whatworks/e2e';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';

let stack: Stack;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	// The site too: a publication must reach the public page (turbo builds it for this task).
	[stack, browser] = await Promise.all([
		startStack({ apps: ['console', 'site'] }),
		launchBrowser()
	]);
});

afterAll(async () => {
	await browser?.close();
	await stack?.stop();
});

beforeEach(async () => {
	// Pages must work with JavaScript off; JavaScript only enhances.
	context = await browser.newContext({ javaScriptEnabled: false });
	page = await context.newPage();
});

afterEach(async () => {
	await context.close();
});

/** axe's violations as "rule: help (n elements)" lines, so a failure says what to fix. */
async function accessibilityProblems(): Promise<string[]> {
	const violations = await axeViolations(page);
	return violations.map(
		(violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} elements)`
	);
}

describe('sign in', () => {
	test('shows a labelled GOV.UK sign-in form', async () => {
		const response = await page.goto(`${stack.consoleUrl}/sign-in`);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sign in');
		await expect(page.getByLabel('Email address').getAttribute('type')).resolves.toBe('email');
		await expect(page.getByLabel('Password').getAttribute('type')).resolves.toBe('password');
		expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(1);
		expect(await accessibilityProblems()).toEqual([]);
	});

	test('an empty form names the missing fields in an error summary', async () => {
		await page.goto(`${stack.consoleUrl}/sign-in`);
		const [response] = await Promise.all([
			page.waitForResponse((answer) => answer.request().method() === 'POST'),
			page.getByRole('button', { name: 'Sign in' }).click()
		]);
		expect(response.status()).toBe(400);
		await expect(page.title()).resolves.toMatch(/^Error: Sign in/);
		const summary = page.getByRole('alert');
		await expect(summary.getByRole('heading').textContent()).resolves.toBe('There is a problem');
		const links = summary.getByRole('link');
		await expect(links.allTextContents()).resolves.toEqual([
			'Enter your email address',
			'Enter your password'
		]);
		await expect(links.first().getAttribute('href')).resolves.toBe('#email');
		// Each field says what is wrong with it too, and is described by that message.
		await expect(page.getByLabel('Email address').getAttribute('aria-describedby')).resolves.toBe(
			'email-error'
		);
		expect(await accessibilityProblems()).toEqual([]);
	});

	test('a wrong password is refused without saying whether the account exists', async () => {
		await page.goto(`${stack.consoleUrl}/sign-in`);
		await page.getByLabel('Email address').fill('analyst@example.org');
		await page.getByLabel('Password').fill('correct horse battery staple');
		const [response] = await Promise.all([
			page.waitForResponse((answer) => answer.request().method() === 'POST'),
			page.getByRole('button', { name: 'Sign in' }).click()
		]);
		expect(response.status()).toBe(400);
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'The email address or password is not right.'
		);
		// The email address is kept for the next try; the password never comes back.
		await expect(page.getByLabel('Email address').inputValue()).resolves.toBe(
			'analyst@example.org'
		);
		await expect(page.getByLabel('Password').inputValue()).resolves.toBe('');
		expect(await page.content()).not.toContain('correct horse battery staple');
		expect(await accessibilityProblems()).toEqual([]);
	});
});

/** Signs in through the form and waits for the page it leads to. */
async function signIn(email: string, password: string): Promise<void> {
	await page.getByLabel('Email address').fill(email);
	await page.getByLabel('Password').fill(password);
	await Promise.all([
		page.waitForURL((url) => url.pathname !== '/sign-in'),
		page.getByRole('button', { name: 'Sign in' }).click()
	]);
}

describe('staff accounts', () => {
	test('pages need a session: signing in leads back to the page asked for', async () => {
		await page.goto(`${stack.consoleUrl}/`);
		expect(new URL(page.url()).pathname).toBe('/sign-in');
		const editor = stack.demoStaff.editor;
		if (!editor) throw new Error('The API server printed no demo editor');
		await signIn(editor.email, editor.password);
		expect(new URL(page.url()).pathname).toBe('/');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Dashboard');
		expect(
			await page
				.getByRole('table')
				.getByRole('row', { name: /Parent-Child Interaction Therapy/ })
				.count()
		).toBe(1);
		await expect(page.locator('.ww-signed-in').textContent()).resolves.toContain('(editor)');
		// Editors do not see the admin pages, and cannot open them.
		expect(await page.getByRole('link', { name: 'Users' }).count()).toBe(0);
		const forbidden = await page.goto(`${stack.consoleUrl}/users`);
		expect(forbidden?.status()).toBe(403);
		expect(await accessibilityProblems()).toEqual([]);
	});

	test('an admin invites a reviewer, who sets a password from the link and signs in and out', async () => {
		const admin = stack.demoStaff.admin;
		if (!admin) throw new Error('The API server printed no demo admin');
		await page.goto(`${stack.consoleUrl}/users`);
		await signIn(admin.email, admin.password);
		expect(new URL(page.url()).pathname).toBe('/users');
		expect(await accessibilityProblems()).toEqual([]);

		await page.getByLabel('Full name').fill('Rosalind Franklin');
		await page.getByLabel('Email address').fill('rosalind@example.org');
		await page.getByLabel('Reviewer').check();
		await page.getByRole('button', { name: 'Create invite' }).click();
		const link = await page.locator('.ww-invite-link').textContent();
		expect(link).toMatch(/\/accept-invite\?token=[\w-]{43}$/);
		expect(await page.getByRole('row', { name: /Rosalind Franklin/ }).textContent()).toContain(
			'Invited'
		);
		expect(await accessibilityProblems()).toEqual([]);

		for (const path of ['/sessions', '/audit']) {
			const response = await page.goto(`${stack.consoleUrl}${path}`);
			expect(response?.status()).toBe(200);
			expect(await accessibilityProblems()).toEqual([]);
		}
		expect(await page.getByRole('table').textContent()).toContain('user.invited');
		await page.getByRole('button', { name: 'Sign out' }).click();
		await page.waitForURL(/\/sign-in$/);

		await page.goto(link?.trim() ?? '');
		expect(await accessibilityProblems()).toEqual([]);
		await page.getByLabel('New password').fill('qwerty123456');
		await page.getByLabel('Type it again').fill('qwerty123456');
		await page.getByRole('button', { name: 'Set password' }).click();
		await expect(page.getByRole('alert').textContent()).resolves.toContain('most common');
		await page.getByLabel('New password').fill('double helix photograph 51');
		await page.getByLabel('Type it again').fill('double helix photograph 51');
		await page.getByRole('button', { name: 'Set password' }).click();
		await page.waitForURL(/\/sign-in\?invited=1$/);
		await signIn('rosalind@example.org', 'double helix photograph 51');
		await expect(page.locator('.ww-signed-in').textContent()).resolves.toContain(
			'Rosalind Franklin'
		);
	});
});

describe('the editorial workflow', () => {
	test('an editor changes a summary, a reviewer publishes it with a change note, readers see both', async () => {
		const { editor, reviewer } = stack.demoStaff;
		if (!editor || !reviewer) throw new Error('The API server printed no demo editor or reviewer');
		const summary =
			'Therapists coach parents through an earpiece while they play with their child, so new ways of responding are practised on the spot.';
		// The site keeps a copy of the page once a reader has seen it…
		const reader = await context.newPage();
		const livePage = `${stack.siteUrl}/evidence-store/parent-child-interaction-therapy`;
		await reader.goto(livePage);
		await expect(reader.locator('main').textContent()).resolves.not.toContain(summary);
		expect((await fetch(livePage)).headers.get('x-cache')).toBe('HIT');

		await page.goto(`${stack.consoleUrl}/`);
		await signIn(editor.email, editor.password);
		await page.getByRole('button', { name: 'Edit Parent-Child Interaction Therapy' }).click();
		await page.waitForURL(/\/editions\/\d+$/);
		const editionUrl = page.url();
		expect(await accessibilityProblems()).toEqual([]);
		await page.getByLabel('Summary').fill(summary);
		await page.getByRole('button', { name: 'Save draft' }).click();
		await expect(page.getByRole('status').textContent()).resolves.toContain('Saved as revision 2');
		await page.getByRole('button', { name: 'Submit for review' }).click();
		await expect(page.getByRole('status').textContent()).resolves.toContain('now in review');
		// The editor wrote it, so they cannot approve it: there is no way to, and the page says why.
		expect(await page.getByRole('button', { name: 'Approve and publish' }).count()).toBe(0);
		await expect(page.locator('main').textContent()).resolves.toContain(
			'Waiting for review by someone who did not write or last edit this change'
		);
		expect(await accessibilityProblems()).toEqual([]);
		await page.getByRole('button', { name: 'Sign out' }).click();

		await page.goto(editionUrl);
		await signIn(reviewer.email, reviewer.password);
		const changes = page.getByRole('table', { name: /Comparing the live page with this edition/ });
		await expect(changes.textContent()).resolves.toContain(summary);
		await page.getByRole('button', { name: 'Approve and publish' }).click();
		await expect(page.getByRole('alert').textContent()).resolves.toContain('Write a change note');
		await page
			.getByLabel('Change note', { exact: true })
			.fill('Described how the live coaching works.');
		await page.getByRole('button', { name: 'Approve and publish' }).click();
		await expect(page.getByRole('status').textContent()).resolves.toContain('now published');
		expect(await accessibilityProblems()).toEqual([]);

		// …and the next reader after publishing gets the new page, not the copy.
		expect((await fetch(livePage)).headers.get('x-cache')).toBe('MISS');
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
		await page.getByRole('button', { name: 'Edit Solution-focused brief therapy' }).click();
		await page.waitForURL(/\/editions\/\d+$/);
		const editionUrl = page.url();

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
		expect(page.url()).toBe(`${editionUrl}#study-data`);
		const outcomes = page.getByRole('region', { name: 'Outcomes and their computed ratings' });
		await expect(outcomes.textContent()).resolves.toContain('Tended to be positive');

		await page.getByRole('link', { name: 'Child emotional wellbeing' }).click();
		const preview = page.getByRole('region', { name: 'Computed rating' });
		await expect(preview.textContent()).resolves.toContain('Tended to be positive');
		// The blank row at the end adds a contrast; a number that is not one is named, nothing lost.
		const row = page.getByRole('row').last();
		await row.getByLabel(/^Study, row/).selectOption({ label: 'Example et al. 2024 (GB)' });
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

		await page.goto(editionUrl);
		await page.getByRole('button', { name: 'Submit for review' }).click();
		await page.getByRole('button', { name: 'Sign out' }).click();
		await page.goto(editionUrl);
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
		await page.waitForURL(/\/editions\/\d+$/);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Video Interaction Guidance'
		);
		expect(await accessibilityProblems()).toEqual([]);
		const reader = await context.newPage();
		const hidden = await reader.goto(`${stack.siteUrl}/evidence-store/video-interaction-guidance`);
		expect(hidden?.status()).toBe(404);
	});
});

describe('data imports', () => {
	test('an admin sees a broken upload refused row by row, then imports the server’s copy', async () => {
		const admin = stack.demoStaff.admin;
		if (!admin) throw new Error('The API server printed no demo admin');
		await page.goto(`${stack.consoleUrl}/imports`);
		await signIn(admin.email, admin.password);
		expect(new URL(page.url()).pathname).toBe('/imports');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Data imports'
		);
		expect(await accessibilityProblems()).toEqual([]);

		await page.locator('#file-local-authorities').setInputFiles({
			name: 'authorities.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(
				'gss_code,dfe_la_code,la_name,region_gss_code,la_type\n' +
					'E09000022,208,Lambeth,E12000007,London borough\n' +
					'W06000001,661,Anglesey,W92000004,Unitary authority\n'
			)
		});
		const formOf = (kind: string) => page.locator('form', { has: page.locator(`#file-${kind}`) });
		await formOf('local-authorities')
			.getByRole('button', { name: /uploaded file/ })
			.click();
		const refused = page.getByRole('alert');
		await expect(refused.getByRole('heading').textContent()).resolves.toMatch(
			/the file was not imported/
		);
		await expect(refused.getByRole('row').nth(1).textContent()).resolves.toMatch(
			/^3.*gss_code "W06000001"/
		);
		expect(await accessibilityProblems()).toEqual([]);

		// An upload without a file is named on its field.
		await formOf('boundaries')
			.getByRole('button', { name: /uploaded file/ })
			.click();
		await expect(page.getByRole('alert').getByRole('link').textContent()).resolves.toBe(
			'Choose the file to import'
		);

		const serversCopy = formOf('ofsted-inspections').getByRole('button', {
			name: /server’s copy/
		});
		if ((await serversCopy.count()) === 1) {
			await serversCopy.click();
			await expect(page.getByRole('alert').textContent()).resolves.toMatch(
				/from ofsted_ilacs_latest_by_la\.csv: \d+ new,\s+\d+ updated,\s+\d+ unchanged/
			);
			expect(await accessibilityProblems()).toEqual([]);
		}
	});
});

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
		await page.getByRole('button', { name: 'Save the draft' }).click();
		await expect(page.getByRole('alert').getByRole('link').textContent()).resolves.toBe(
			'Write the abstract'
		);
		await expect(page.getByLabel('Title').inputValue()).resolves.toBe(
			'Schwartz Rounds: what staff told us'
		);
		expect(await accessibilityProblems()).toEqual([]);
		await page.getByLabel('Abstract').fill('What staff said after a year of Rounds.');
		await page.getByRole('button', { name: 'Save the draft' }).click();
		await page.waitForURL(/\/record-drafts\/\d+$/);
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
		expect(await page.getByRole('button', { name: 'Publish' }).count()).toBe(0);
		await page.getByRole('button', { name: 'Sign out' }).click();

		await page.goto(draftUrl);
		await signIn(reviewer.email, reviewer.password);
		await page.getByRole('button', { name: 'Publish' }).click();
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
		await page.waitForURL(/\/record-drafts\/\d+$/);
		const draftUrl = page.url();
		expect(await accessibilityProblems()).toEqual([]);

		await page.getByLabel('Date the protocol was published').fill('2019-06-01');
		await page.getByRole('button', { name: 'Save the draft' }).click();
		await expect(page.getByRole('alert').getByRole('link').textContent()).resolves.toBe(
			'The protocol must be published before fieldwork starts'
		);
		expect(await accessibilityProblems()).toEqual([]);
		await page.getByLabel('Date the protocol was published').fill('2019-03-14');
		await page.getByLabel('Number of children and families').fill('250');
		await page.getByRole('button', { name: 'Save the draft' }).click();
		await expect(page.getByRole('alert').textContent()).resolves.toContain('The draft is saved.');
		await page.getByRole('button', { name: 'Submit for review' }).click();
		await page.getByRole('button', { name: 'Sign out' }).click();

		await page.goto(draftUrl);
		await signIn(reviewer.email, reviewer.password);
		await page.getByLabel('A minor change').check();
		await page.getByRole('button', { name: 'Publish' }).click();
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
		await page.waitForURL(/\/record-drafts\/\d+$/);
		const draftUrl = page.url();
		expect(await accessibilityProblems()).toEqual([]);

		// The blank last row adds a programme.
		await page.getByLabel('Programme, row 2').selectOption({ label: 'Schwartz Rounds' });
		await page.getByLabel('Wave, row 2').fill('2');
		await page.getByLabel('Part played, row 2').selectOption({ label: 'Evaluation site' });
		await page.getByLabel('From, row 2').fill('2019-10-01');
		await page.getByRole('button', { name: 'Save the draft' }).click();
		await expect(page.getByRole('alert').textContent()).resolves.toContain('The draft is saved.');
		await expect(page.getByLabel('Programme, row 3').inputValue()).resolves.toBe('');
		await page.getByRole('button', { name: 'Submit for review' }).click();
		await page.getByRole('button', { name: 'Sign out' }).click();

		await page.goto(draftUrl);
		await signIn(reviewer.email, reviewer.password);
		await page
			.getByLabel('Change note', { exact: true })
			.fill('Stockport joined the second wave of Schwartz Rounds.');
		await page.getByRole('button', { name: 'Publish' }).click();
		await expect(page.locator('#state').textContent()).resolves.toBe('Published');

		const reader = await context.newPage();
		await reader.goto(`${stack.siteUrl}/partners?wave=2`);
		expect(await reader.locator('table tbody tr').allInnerTexts()).toEqual([
			expect.stringMatching(/^Stockport\b.*Change Projects, Schwartz Rounds/) as string
		]);
		expect(await axeViolations(reader)).toEqual([]);
	});
});
