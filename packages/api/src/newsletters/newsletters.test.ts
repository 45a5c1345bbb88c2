import { articles, subscribers } from '@whatworks/db/schema';
import { testDatabaseKinds } from '@whatworks/db/testing';
import { londonDate, type NewsletterContent, type NewsletterTopic } from '@whatworks/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultSiteOrigin } from '../context.js';
import { smtpSender } from '../mail/mail-sender.js';
import { MailWorker } from '../mail/mail-worker.js';
import { startSmtpSink } from '../testing/smtp-sink.js';
import { openStaffedApi, type StaffedApi } from '../testing/staffed-api.js';

const issue17: NewsletterContent = {
	slug: '17',
	title: 'Kinship care and a new call',
	issuedOn: '2019-04-30',
	introduction: 'Spring is here.\n\nMichael Sanders, Executive Director',
	items: [
		{ source: 'published', path: '/news/evidence-store-launched' },
		{
			source: 'written',
			heading: 'Join our panel',
			text: 'We are looking for practitioners to join a panel.',
			link: 'https://example.org/panel'
		}
	]
};

describe.each(testDatabaseKinds)(
	'composing and sending the e-newsletter on %s',
	{ timeout: 60_000 },
	(engine) => {
		let api: StaffedApi;
		let sink: Awaited<ReturnType<typeof startSmtpSink>>;
		let sender: ReturnType<typeof smtpSender>;
		/** Sends what is due as the worker of a server would at `at`, and returns what arrived. */
		const deliver = async (at = new Date()) => {
			const worker = new MailWorker({
				db: api.handle.db,
				sender,
				ratePerSecond: 1000,
				siteOrigin: defaultSiteOrigin,
				now: () => at
			});
			while ((await worker.sendDue()) > 0);
			return sink.arrived.splice(0);
		};
		const subscribe = (email: string, topics: NewsletterTopic[], state = 'confirmed') =>
			api.handle.db.insert(subscribers).values({
				email,
				topics,
				confirmedAt: state === 'unconfirmed' ? null : new Date(),
				leftAt: state === 'left' ? new Date() : null
			});

		/** Publishes no.17 as an editor writes it and a reviewer approves it. */
		async function publishIssue17() {
			const { editor, reviewer } = api.staff;
			const { draftId } = await editor.drafts.create({ kind: 'newsletter', content: issue17 });
			await editor.drafts.transition({ draftId, action: 'submit' });
			const { latest } = await reviewer.drafts.get({ draftId });
			await reviewer.drafts.transition({ draftId, action: 'publish', revisionId: latest.id });
			return draftId;
		}

		beforeAll(async () => {
			api = await openStaffedApi(engine);
			sink = await startSmtpSink();
			sender = smtpSender(sink.url, { from: 'newsletter@whatworks.test' });
			await subscribe('news@example.org', ['news']);
			await subscribe('calls@example.org', ['calls']);
			await subscribe('both@example.org', ['news', 'calls']);
			await subscribe('unconfirmed@example.org', ['news'], 'unconfirmed');
			await subscribe('left@example.org', ['news'], 'left');
		});
		afterAll(async () => {
			sender.close();
			await sink.close();
			await api.handle.close();
		});
		beforeEach(() => {
			sink.arrived.length = 0;
		});

		it('keeps issues no.13 and no.16 in the archive, newest first, with the words of the pages they bring in', async () => {
			const reader = api.as(null);
			expect((await reader.newsletters.list()).map((each) => each.number)).toEqual([16, 13]);
			const no16 = await reader.newsletters.get({ number: 16 });
			expect(no16.issuedOn).toBe('2019-03-28');
			const protocols = no16.entries.find(
				(entry) => entry.href === '/news/first-research-protocols-published'
			);
			const article = await reader.news.get({ slug: 'first-research-protocols-published' });
			expect(protocols).toEqual({
				heading: article.title,
				text: article.summary,
				href: article.slug && '/news/first-research-protocols-published'
			});
			await expect(reader.newsletters.get({ number: 99 })).rejects.toMatchObject({
				code: 'NOT_FOUND'
			});
		});

		it('previews a draft as its email, sends a test to its editor only, and refuses an item whose page readers cannot see', async () => {
			const { editor } = api.staff;
			const { draftId } = await editor.drafts.create({
				kind: 'newsletter',
				content: { ...issue17, slug: '18' }
			});
			const { issue, email } = await editor.newsletters.preview({ draftId });
			const launched = await api.as(null).news.get({ slug: 'evidence-store-launched' });
			expect(issue.entries[0]).toEqual({
				heading: launched.title,
				text: launched.summary,
				href: `${defaultSiteOrigin}/news/evidence-store-launched`
			});
			expect(email.subject).toBe('e-newsletter, no.18: Kinship care and a new call');
			expect(email.html).toContain(
				'<h2 style="margin:32px 0 16px;font-size:22px;line-height:1.3">Join our panel</h2>'
			);
			expect(email.html).toContain(`href="${defaultSiteOrigin}/newsletters/18"`);
			expect(email.text).toContain(
				`Read more: ${launched.title}:\n${defaultSiteOrigin}/news/evidence-store-launched`
			);

			expect(await editor.newsletters.sendTest({ draftId })).toEqual({
				recipient: 'editor@example.org'
			});
			const [test, ...others] = await deliver();
			expect(others).toEqual([]);
			expect(test?.recipients).toEqual(['editor@example.org']);
			expect(test?.parsed.subject).toBe('[Test] e-newsletter, no.18: Kinship care and a new call');

			const { latest } = await editor.drafts.get({ draftId });
			await editor.drafts.save({
				draftId,
				baseRevisionId: latest.id,
				kind: 'newsletter',
				content: {
					...issue17,
					slug: '18',
					items: [{ source: 'published', path: '/news/no-such-article' }]
				}
			});
			await expect(editor.newsletters.preview({ draftId })).rejects.toMatchObject({
				code: 'BAD_REQUEST',
				message: 'Nothing readers can see is at /news/no-such-article: choose a published page.'
			});
		});

		it('sends a published issue to the chosen topics’ confirmed subscribers, each once with their own links, and counts its progress', async () => {
			await publishIssue17();
			// The archive keeps the words the issue was published with, whatever becomes of the
			// pages it brought in (here every article's summary).
			await api.handle.db.update(articles).set({ summary: 'Changed since.' });
			const no17 = await api.as(null).newsletters.get({ number: 17 });
			expect(no17.entries[0]?.text).not.toBe('Changed since.');

			const { editor, reviewer } = api.staff;
			const toNews = {
				slug: '17',
				audience: 'topics',
				topics: ['news'],
				timing: 'now',
				sendOn: null,
				sendAt: null
			} as const;
			await expect(editor.newsletters.send({ ...toNews, topics: ['news'] })).rejects.toMatchObject({
				code: 'FORBIDDEN'
			});
			await reviewer.newsletters.send({ ...toNews, topics: ['news'] });
			const arrived = await deliver();
			expect(arrived.map((each) => each.recipients[0]).sort()).toEqual([
				'both@example.org',
				'news@example.org'
			]);
			const [first] = arrived;
			expect(first?.parsed.subject).toBe('e-newsletter, no.17: Kinship care and a new call');
			expect(first?.parsed.text).toContain(no17.entries[0]?.text ?? 'missing');
			expect(first?.parsed.messageId).toMatch(/^<newsletter-17\.subscriber-\d+@localhost>$/);
			const unsubscribeLinks = arrived.map(
				(each) =>
					(each.parsed.headers.get('list') as { unsubscribe: { url: string } }).unsubscribe.url
			);
			expect(new Set(unsubscribeLinks).size).toBe(2);
			expect(first?.parsed.text).toContain(unsubscribeLinks[0]);

			// The reader of the first copy leaves in one click; the second mailing, to everyone,
			// reaches only those the first did not.
			const token = unsubscribeLinks[0]?.split('/').at(-1) ?? '';
			await api.as(null).subscriptions.unsubscribe({ token });
			await reviewer.newsletters.send({ ...toNews, audience: 'everyone', topics: [] });
			expect((await deliver()).map((each) => each.recipients[0])).toEqual(['calls@example.org']);

			const mailings = await editor.newsletters.mailings({ number: 17 });
			expect(mailings.map((each) => [each.topics, each.progress])).toEqual([
				[null, { queued: 0, sent: 1, failed: 0, suppressed: 0 }],
				[['news'], { queued: 0, sent: 2, failed: 0, suppressed: 0 }]
			]);
			expect(mailings[0]?.sentBy).toBe('The reviewer');

			// A correction published later keeps the words the issue brought in.
			const { draftId } = await editor.drafts.start({ kind: 'newsletter', slug: '17' });
			const { latest } = await editor.drafts.get({ draftId });
			const corrected = { ...issue17, title: 'Kinship care, and a new call' };
			await editor.drafts.save({
				draftId,
				baseRevisionId: latest.id,
				kind: 'newsletter',
				content: corrected
			});
			await editor.drafts.transition({ draftId, action: 'submit' });
			const revisionId = (await reviewer.drafts.get({ draftId })).latest.id;
			const note = { minor: false, changeNote: 'A comma.' };
			await reviewer.drafts.transition({ draftId, action: 'publish', revisionId, note });
			expect(await api.as(null).newsletters.get({ number: 17 })).toMatchObject({
				title: corrected.title,
				entries: no17.entries
			});
		});

		it('holds a mailing until its London time, and stops one that has not started', async () => {
			const { reviewer } = api.staff;
			const tomorrow = londonDate(new Date(Date.now() + 86_400_000));
			const later = {
				slug: '16',
				audience: 'topics',
				topics: ['calls'],
				timing: 'later',
				sendOn: tomorrow,
				sendAt: '09:00'
			} as const;
			const { mailingId, sendAt } = await reviewer.newsletters.send({
				...later,
				topics: ['calls']
			});
			expect(await deliver()).toEqual([]);
			expect(
				(await deliver(new Date(Date.parse(sendAt) + 1000)))
					.map((each) => each.recipients[0])
					.sort()
			).toEqual(['both@example.org', 'calls@example.org']);
			await expect(reviewer.newsletters.cancel({ mailingId })).rejects.toMatchObject({
				code: 'CONFLICT'
			});

			const stopped = await reviewer.newsletters.send({ ...later, topics: ['calls'], slug: '13' });
			await reviewer.newsletters.cancel({ mailingId: stopped.mailingId });
			expect(await deliver(new Date(Date.parse(stopped.sendAt) + 1000))).toEqual([]);
			const audit = await api.staff.admin.audit.list({ action: 'newsletter.cancelled' });
			expect(audit[0]).toMatchObject({ subjectId: String(stopped.mailingId) });
		});

		it('sends one-off messages, such as a test, before a mailing queued earlier', async () => {
			const { editor, reviewer } = api.staff;
			await reviewer.newsletters.send({
				slug: '13',
				audience: 'everyone',
				topics: [],
				timing: 'now',
				sendOn: null,
				sendAt: null
			});
			const worker = new MailWorker({
				db: api.handle.db,
				sender,
				ratePerSecond: 1000,
				siteOrigin: defaultSiteOrigin,
				batchSize: 1
			});
			expect(await worker.sendDue()).toBe(1); // queues the mailing, sends its first message
			const { draftId } = await editor.drafts.create({
				kind: 'newsletter',
				content: { ...issue17, slug: '19' }
			});
			await editor.newsletters.sendTest({ draftId });
			await worker.sendDue();
			expect(sink.arrived.map((each) => each.parsed.subject?.slice(0, 24))).toEqual([
				'e-newsletter, no.13: The',
				'[Test] e-newsletter, no.'
			]);
			await deliver();
		});

		it('refuses a time that has passed', async () => {
			await expect(
				api.staff.reviewer.newsletters.send({
					slug: '16',
					audience: 'everyone',
					topics: [],
					timing: 'later',
					sendOn: '2019-03-28',
					sendAt: '09:00'
				})
			).rejects.toMatchObject({
				code: 'BAD_REQUEST',
				message: 'That time has passed: choose a later one.'
			});
		});
	}
);
