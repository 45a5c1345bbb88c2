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
				const answer = await fetch(preferences);
				return (await answer.text()).includes('Save your topics');
			};

			// Fetching the link, as a mail scanner does, confirms nothing; nor does a browser without
			// JavaScript, which shows the button instead.
			expect((await fetch(confirm)).status).toBe(200);
			expect((await fetch(confirm, { method: 'HEAD' })).status).toBe(200);
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
			const forged = await fetch(`${stack.siteUrl}/newsletter`, {
				method: 'POST',
				headers: {
					origin: 'https://elsewhere.example',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: 'email=victim%40example.org&topics=news'
			});
			expect(forged.status).toBe(403);
			const notAForm = await fetch(`${stack.siteUrl}/newsletter`, {
				method: 'POST',
				headers: { 'content-type': 'multipart/form-data; boundary=x' },
				body: 'cut off'
			});
			expect(notAForm.status).toBe(400);
			const oneClick = await fetch(unsubscribe, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: 'List-Unsubscribe=One-Click'
			});
			expect(oneClick.status).toBe(200);
			expect(await subscribed()).toBe(false);
			await readerPage.goto(preferences);
			await readerPage.getByText('This address does not get our emails.').waitFor();
			await expectAccessible(readerPage);
			await reader.close();
		}
	);

	test(
		'the reader asks what we hold, then to be erased: an admin does both in the console',
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
		}
	);
});
