import { reflowProblems } from '@whatworks/e2e';
import { describe, expect, test } from 'vitest';
import {
	accessibilityProblems,
	browser,
	page,
	signIn,
	stack,
	useConsole
} from './console-session.js';

useConsole();

/** The site's page open in `on`, checked as every page is: axe, and reflow at 320 px. */
async function expectAccessible(on = page) {
	const violations = await accessibilityProblems(on);
	expect(violations, `axe on ${on.url()}`).toEqual([]);
	expect(await reflowProblems(on), `reflow on ${on.url()}`).toEqual([]);
}

/**
 * Asks the site as a mail program or scanner would (not a browser), giving up after 30 s so a
 * server that never answers fails the step that asked rather than the whole test's time.
 */
function ask(address: string, init: RequestInit = {}): Promise<Response> {
	return fetch(address, { ...init, signal: AbortSignal.timeout(30_000) });
}

/**
 * The status of an answer, its body read to the end: an answer left unread holds its
 * connection open, and reading these small bodies always ends, where a cancel may wait on the
 * server.
 */
async function statusOf(answer: Promise<Response>): Promise<number> {
	const response = await answer;
	await response.arrayBuffer();
	return response.status;
}

// Each page a reader meets is checked for axe and reflow, and the site's tests run beside these
// on two cores in CI: more time than one journey usually needs.
const journey = { timeout: 240_000 };

describe('the e-newsletter', () => {
	test(
		'a reader signs up in the footer, confirms from the caught email in one click, changes topics and unsubscribes in one click from their mail program',
		journey,
		async () => {
			const { admin } = stack.demoStaff;
			if (!admin) throw new Error('The API server printed no demo admin');
			const reader = await browser.newContext({ javaScriptEnabled: true });
			const readerPage = await reader.newPage();

			// A refused sign-up keeps what was typed and names the problem.
			// A page that asks the API nothing: its footer is what this is about.
			const opened = await readerPage.goto(`${stack.siteUrl}/accessibility`);
			expect(opened?.status()).toBe(200);
			const footer = readerPage.getByRole('contentinfo');
			await footer.getByLabel('Email address').fill('practitioner@example');
			await footer.getByLabel('Events').uncheck();
			await footer.getByRole('button', { name: 'Sign up' }).click();
			await readerPage.waitForURL(/\/newsletter$/);
			await expect(readerPage.title()).resolves.toMatch(/^Error: The e-newsletter/);
			await expect(
				readerPage.getByRole('alert').getByRole('link').allTextContents()
			).resolves.toEqual(['Enter an email address in the correct format, like name@example.org']);
			await expect(readerPage.getByLabel('Events').isChecked()).resolves.toBe(false);
			await expectAccessible(readerPage);
			await readerPage.getByLabel('Email address').fill('Practitioner@Example.org');
			await readerPage.getByRole('button', { name: 'Sign up' }).click();
			await readerPage.waitForURL(/\/newsletter\/check-your-email$/);
			await expectAccessible(readerPage);

			// The admin reads the message the embedded default caught instead of sending.
			await page.goto(`${stack.consoleUrl}/mail`);
			await signIn(admin.email, admin.password);
			expect(await accessibilityProblems()).toEqual([]);
			// The outbox's worker looks for new mail every second: the message may be a moment away.
			const confirmation = page.getByRole('link', { name: /^Confirm your subscription/ });
			await expect
				.poll(async () => (await confirmation.count()) || (await page.reload(), 0), {
					timeout: 10_000,
					interval: 500
				})
				.toBe(1);
			await confirmation.click();
			await page.waitForURL(/\/mail\/\d+$/);
			expect(await accessibilityProblems()).toEqual([]);
			// Long header lines are folded (RFC 5322): read them unfolded.
			const headers = (await page.locator('pre').last().textContent())?.replace(
				/\r?\n[ \t]+/g,
				' '
			);
			expect(headers).toMatch(/^To: practitioner@example\.org$/m);
			expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
			const links = await page.getByRole('listitem').getByRole('link').allTextContents();
			const linkTo = (kind: string) =>
				links.find((link) => link.includes(`/newsletter/${kind}/`)) ?? '';
			const [confirm, preferences, unsubscribe] = [
				linkTo('confirm'),
				linkTo('preferences'),
				linkTo('unsubscribe')
			];
			expect(confirm.startsWith(`${stack.siteUrl}/newsletter/confirm/`)).toBe(true);
			expect(headers).toContain(`List-Unsubscribe: <${unsubscribe}>`);
			const subscribed = async () => {
				const answer = await ask(preferences);
				return (await answer.text()).includes('Save your topics');
			};

			// Fetching the link, as a mail scanner does, confirms nothing; nor does a browser without
			// JavaScript, which shows the button instead.
			expect(await statusOf(ask(confirm))).toBe(200);
			expect(await statusOf(ask(confirm, { method: 'HEAD' }))).toBe(200);
			await page.goto(confirm);
			await expect(
				page.getByRole('button', { name: 'Confirm your subscription' }).isVisible()
			).resolves.toBe(true);
			expect(await subscribed()).toBe(false);

			// The reader follows it: subscribed, in one click, by the page's one script (allowed by its hash).
			const answer = await readerPage.goto(confirm);
			expect(answer?.headers()['content-security-policy']).toMatch(
				/script-src 'self' 'sha256-[\w+/=]+'/
			);
			expect(answer?.headers()['cache-control']).toBe('private, no-store');
			expect(answer?.headers()['referrer-policy']).toBe('same-origin');
			await readerPage.getByRole('heading', { name: 'You are subscribed' }).waitFor();
			await expect(readerPage.getByRole('listitem').allTextContents()).resolves.toEqual(
				expect.arrayContaining(['Evidence Store updates', 'Calls for partners'])
			);
			await expect(readerPage.getByText('Events', { exact: true }).count()).resolves.toBe(0);
			await expectAccessible(readerPage);
			expect(await subscribed()).toBe(true);

			// The preferences page changes the topics.
			await readerPage.goto(preferences);
			await expect(readerPage.getByText('practitioner@example.org').count()).resolves.toBe(1);
			await readerPage.getByLabel('News', { exact: true }).uncheck();
			await readerPage.getByRole('button', { name: 'Save your topics' }).click();
			await readerPage.getByText('Your topics are saved.').waitFor();
			await expect(readerPage.getByLabel('News', { exact: true }).isChecked()).resolves.toBe(false);
			await expectAccessible(readerPage);

			// A form posted from another site is refused; the mail program's one-click POST is not (RFC 8058).
			const forged = statusOf(
				ask(`${stack.siteUrl}/newsletter`, {
					method: 'POST',
					headers: {
						origin: 'https://elsewhere.example',
						'content-type': 'application/x-www-form-urlencoded'
					},
					body: 'email=victim%40example.org&topics=news'
				})
			);
			expect(await forged).toBe(403);
			const notAForm = statusOf(
				ask(`${stack.siteUrl}/newsletter`, {
					method: 'POST',
					headers: { 'content-type': 'multipart/form-data; boundary=x' },
					body: 'cut off'
				})
			);
			expect(await notAForm).toBe(400);
			const oneClick = statusOf(
				ask(unsubscribe, {
					method: 'POST',
					headers: { 'content-type': 'application/x-www-form-urlencoded' },
					body: 'List-Unsubscribe=One-Click'
				})
			);
			expect(await oneClick).toBe(200);
			expect(await subscribed()).toBe(false);
			await readerPage.goto(preferences);
			await readerPage.getByText('This address does not get our emails.').waitFor();
			await expectAccessible(readerPage);
			await reader.close();
		}
	);

	test(
		'the reader asks what we hold, then to be erased, and another complains: an admin does each in the console',
		journey,
		async () => {
			const { admin } = stack.demoStaff;
			if (!admin) throw new Error('The API server printed no demo admin');
			await page.goto(`${stack.consoleUrl}/people`);
			await signIn(admin.email, admin.password);
			await page.getByLabel('Their email address').fill('practitioner@example.org');
			await page.getByRole('button', { name: 'Show what we hold' }).click();
			const held = JSON.parse((await page.locator('pre').textContent()) ?? '{}') as {
				subscription: { topics: string[]; leftAt: string | null };
				suppressed: boolean;
			};
			expect(held.subscription.topics).toEqual(['evidence', 'research', 'calls']);
			expect(held.subscription.leftAt).not.toBeNull();
			expect(held.suppressed).toBe(true);
			expect(await accessibilityProblems()).toEqual([]);
			await page.getByRole('button', { name: 'Erase everything about them' }).click();
			await expect(page.getByRole('alert').getByRole('link').allTextContents()).resolves.toEqual([
				'Confirm that this person asked for their data to be erased'
			]);
			expect(await accessibilityProblems()).toEqual([]);
			await page.getByLabel('Their email address').fill('practitioner@example.org');
			await page.getByLabel('This person asked for their data to be erased').check();
			await page.getByRole('button', { name: 'Erase everything about them' }).click();
			await expect(page.getByRole('status').textContent()).resolves.toMatch(
				/Erased everything held about practitioner@example\.org: 1 subscription, 1 messages/
			);
			await page.goto(`${stack.consoleUrl}/mail`);
			await expect(page.getByText('practitioner@example.org').count()).resolves.toBe(0);

			// Someone who complained about our emails is never mailed again.
			await page.goto(`${stack.consoleUrl}/people`);
			await page.getByLabel('Their email address').fill('complainer@example.org');
			await page.getByRole('button', { name: 'Never email them again' }).click();
			await expect(page.getByRole('status').textContent()).resolves.toContain(
				'complainer@example.org will never be mailed again'
			);
			expect(await accessibilityProblems()).toEqual([]);
		}
	);

	test(
		'an editor composes an issue from a published page and words of their own, a reviewer publishes and sends it, a subscriber receives it and leaves from it in one click',
		journey,
		async () => {
			const { admin, editor, reviewer } = stack.demoStaff;
			if (!admin || !editor || !reviewer) throw new Error('The API server printed no demo staff');

			// A reader subscribes, and confirms from the caught message.
			const reader = await browser.newContext({ javaScriptEnabled: true });
			const readerPage = await reader.newPage();
			await readerPage.goto(`${stack.siteUrl}/newsletter`);
			await readerPage.getByLabel('Email address').fill('manager@example.org');
			await readerPage.getByRole('button', { name: 'Sign up' }).click();
			await readerPage.waitForURL(/\/newsletter\/check-your-email$/);
			await page.goto(`${stack.consoleUrl}/mail`);
			await signIn(admin.email, admin.password);
			const caught = (subject: RegExp) =>
				page
					.getByRole('row')
					.filter({ hasText: 'manager@example.org' })
					.getByRole('link', { name: subject });
			const open = async (subject: RegExp) => {
				await expect
					.poll(async () => (await caught(subject).count()) || (await page.reload(), 0), {
						timeout: 15_000,
						interval: 500
					})
					.toBe(1);
				await caught(subject).click();
				await page.waitForURL(/\/mail\/\d+$/);
				return page.getByRole('listitem').getByRole('link').allTextContents();
			};
			const confirm = (await open(/^Confirm your subscription/)).find((link) =>
				link.includes('/newsletter/confirm/')
			);
			await readerPage.goto(confirm ?? '');
			await readerPage.getByRole('heading', { name: 'You are subscribed' }).waitFor();
			await page.getByRole('button', { name: 'Sign out' }).click();

			// The editor composes issue no.17: a published article and an item of their own.
			await page.goto(`${stack.consoleUrl}/newsletters`);
			await signIn(editor.email, editor.password);
			expect(await accessibilityProblems()).toEqual([]);
			await page.getByRole('link', { name: 'Add an e-newsletter issue' }).click();
			await page.getByLabel('Number').fill('17');
			await page.getByLabel('Title').fill('Spring at the Centre');
			await page.getByLabel('Date').fill('2019-04-30');
			await page
				.getByLabel('Introduction')
				.fill('A short note.\n\nMichael Sanders, Executive Director');
			await page
				.getByLabel('What it is')
				.selectOption({ label: 'A page on the site: its title and summary' });
			await page.getByLabel('The page, for an item from the site').selectOption({
				label: 'News: Evidence Store launches with 11 summaries of social care interventions'
			});
			await page.getByRole('button', { name: 'Start the draft' }).click();
			await page.waitForURL(/\/drafts\/\d+$/);
			const draftUrl = page.url();
			const added = page.getByRole('group', { name: 'Add an item' });
			await added.getByLabel('What it is').selectOption({ label: 'Written here' });
			await added.getByLabel('Heading, for an item written here').fill('Join our panel');
			await added.getByLabel('Text, for an item written here').fill('Apply by 1 May.');
			await page.getByRole('button', { name: 'Save draft' }).click();
			await expect(page.getByRole('status').textContent()).resolves.toContain(
				'Saved as revision 2'
			);
			expect(await accessibilityProblems()).toEqual([]);

			// The preview shows the email and the web page; a test goes to the editor alone.
			await page.getByRole('link', { name: /^Preview the email and the web page/ }).click();
			await expect(page.getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual([
				'Evidence Store launches with 11 summaries of social care interventions',
				'Join our panel'
			]);
			expect(await accessibilityProblems()).toEqual([]);
			await page.getByRole('button', { name: 'Send me a test' }).click();
			await expect(page.getByRole('alert').textContent()).resolves.toContain(
				`A test is on its way to ${editor.email}`
			);
			await page.goto(draftUrl);
			await page.getByRole('button', { name: 'Submit for review' }).click();
			await expect(page.locator('#state').textContent()).resolves.toBe('In review');
			await page.getByRole('button', { name: 'Sign out' }).click();

			// The reviewer publishes it and sends it to everyone, now, then follows its progress.
			await page.goto(draftUrl);
			await signIn(reviewer.email, reviewer.password);
			await page.getByRole('button', { name: 'Approve and publish' }).click();
			await expect(page.locator('#state').textContent()).resolves.toBe('Published');
			await page.goto(`${stack.consoleUrl}/newsletters`);
			await page.getByRole('link', { name: /^e-newsletter, no\.17: Spring at the Centre/ }).click();
			await page.waitForURL(/\/newsletters\/17$/);
			expect(await accessibilityProblems()).toEqual([]);
			await page.getByRole('button', { name: 'Send e-newsletter, no.17' }).click();
			await expect(page.getByRole('alert').textContent()).resolves.toMatch(
				/e-newsletter, no\.17 goes to everyone subscribed from/
			);
			const sentCell = page.getByRole('row').nth(1).getByRole('cell').nth(3);
			await expect
				.poll(
					async () => {
						await page.getByRole('link', { name: 'Check progress again' }).click();
						return page.getByRole('row').nth(1).getByRole('cell').nth(1).textContent();
					},
					{ timeout: 15_000, interval: 500 }
				)
				.toBe('Done');
			await expect(sentCell.textContent()).resolves.toBe('1');
			expect(await accessibilityProblems()).toEqual([]);
			await page.getByRole('button', { name: 'Sign out' }).click();

			// The subscriber's copy: it links to its page in the archive and leaves in one click.
			await page.goto(`${stack.consoleUrl}/mail`);
			await signIn(admin.email, admin.password);
			const links = await open(/^e-newsletter, no\.17: Spring at the Centre/);
			expect(links).toContain(`${stack.siteUrl}/newsletters/17`);
			expect(links).toContain(`${stack.siteUrl}/news/evidence-store-launched`);
			const unsubscribe = links.find((link) => link.includes('/newsletter/unsubscribe/')) ?? '';
			await readerPage.goto(`${stack.siteUrl}/newsletters/17`);
			await expect(readerPage.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
				'Spring at the Centre'
			);
			await expectAccessible(readerPage);
			const oneClick = statusOf(
				ask(unsubscribe, {
					method: 'POST',
					headers: { 'content-type': 'application/x-www-form-urlencoded' },
					body: 'List-Unsubscribe=One-Click'
				})
			);
			expect(await oneClick).toBe(200);
			await reader.close();
		}
	);
});
