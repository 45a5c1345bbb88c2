import { applyRetention, findSubscriber, queueMail } from '@whatworks/db';
import * as schema from '@whatworks/db/schema';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '@whatworks/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCaller } from '../app-router.js';
import { createContext } from '../context.js';
import { smtpSender } from '../mail/mail-sender.js';
import { MailWorker } from '../mail/mail-worker.js';
import { startSmtpSink } from '../testing/smtp-sink.js';

const day = 86_400_000;

describe.each(testDatabaseKinds)(
	'newsletter subscriptions on %s',
	{ timeout: 60_000 },
	(engine) => {
		let database: TestDatabase;
		let sink: Awaited<ReturnType<typeof startSmtpSink>>;
		let sender: ReturnType<typeof smtpSender>;
		let now = new Date('2026-12-05T09:00:00Z');
		let ipAddress = '198.51.100.1';
		const siteOrigin = 'https://whatworks.test';
		const reader = () =>
			createCaller(
				createContext(database.db, {
					now: () => now,
					caller: { token: null, ipAddress, userAgent: null },
					siteOrigin
				})
			);
		/** Sends what is queued and returns what arrived, emptying the sink. */
		const deliver = async () => {
			await new MailWorker({
				db: database.db,
				sender,
				ratePerSecond: 1000,
				siteOrigin,
				now: () => now
			}).sendDue();
			return sink.arrived.splice(0);
		};
		/** A message to `recipient` of the kind a mailing queues. */
		const deliverable = (recipient: string) => ({
			notBefore: now,
			messageId: '<m@whatworks.test>',
			recipient,
			subject: 'E-newsletter',
			html: '<p>News</p>',
			text: 'News',
			headers: {}
		});
		const linkIn = (text: string, path: string) =>
			new RegExp(`https://whatworks\\.test/newsletter/${path}/([\\w.-]+)`).exec(text)?.[1] ?? '';

		beforeAll(async () => {
			database = await openTestDatabase(engine);
			sink = await startSmtpSink();
			sender = smtpSender(sink.url, { from: 'newsletter@whatworks.test' });
		});
		afterAll(async () => {
			sender.close();
			await sink.close();
			await database.close();
		});
		beforeEach(async () => {
			for (const table of [
				schema.outbox,
				schema.subscribers,
				schema.signUpAttempts,
				schema.mailSuppressions
			]) {
				await database.db.delete(table);
			}
			now = new Date('2026-12-05T09:00:00Z');
			ipAddress = '198.51.100.1';
		});

		it('subscribes an address with one click on the link in the one message it is sent', async () => {
			await reader().subscriptions.signUp({
				email: 'Reader@Example.org',
				topics: ['events', 'news']
			});
			const [confirmation, ...others] = await deliver();
			expect(others).toHaveLength(0);
			expect(confirmation?.recipients).toEqual(['reader@example.org']);
			expect(confirmation?.parsed.subject).toMatch(/^Confirm your subscription/);
			expect(confirmation?.parsed.text).toContain('News, Events');
			const token = linkIn(confirmation?.parsed.text ?? '', 'confirm');
			expect(confirmation?.parsed.html).toContain(`/newsletter/confirm/${token}`);
			expect(await findSubscriber(database.db, { email: 'reader@example.org' })).toMatchObject({
				confirmedAt: null
			});

			expect(await reader().subscriptions.confirm({ token })).toEqual({
				topics: ['news', 'events']
			});
			// A second click (or a second tab) changes nothing and still says so.
			expect(await reader().subscriptions.confirm({ token })).toEqual({
				topics: ['news', 'events']
			});
			expect(await findSubscriber(database.db, { email: 'reader@example.org' })).toMatchObject({
				confirmedAt: now
			});
		});

		it('answers the same whether or not the address is subscribed, and tells only its owner', async () => {
			const first = await reader().subscriptions.signUp({
				email: 'reader@example.org',
				topics: ['news']
			});
			const [confirmation] = await deliver();
			await reader().subscriptions.confirm({
				token: linkIn(confirmation?.parsed.text ?? '', 'confirm')
			});
			const again = await reader().subscriptions.signUp({
				email: 'reader@example.org',
				topics: ['calls']
			});
			expect(again).toEqual(first);
			const [notice] = await deliver();
			expect(notice?.parsed.subject).toMatch(/^You already get/);
			expect(linkIn(notice?.parsed.text ?? '', 'confirm')).toBe('');
			expect(linkIn(notice?.parsed.text ?? '', 'preferences')).not.toBe('');
			// Nobody but the owner, through that link, changes the topics.
			expect((await findSubscriber(database.db, { email: 'reader@example.org' }))?.topics).toEqual([
				'news'
			]);
		});

		it('does nothing for a form that filled the field people never see, yet answers the same', async () => {
			expect(
				await reader().subscriptions.signUp({
					email: 'bot@example.org',
					topics: ['news'],
					website: 'https://spam.example'
				})
			).toEqual({ ok: true });
			expect(await deliver()).toHaveLength(0);
			expect(await findSubscriber(database.db, { email: 'bot@example.org' })).toBeNull();
		});

		it('throttles sign-ups per address and per network address, for an hour', async () => {
			ipAddress = '198.51.100.9';
			for (let i = 0; i < 3; i++) {
				await reader().subscriptions.signUp({ email: 'reader@example.org', topics: ['news'] });
			}
			await expect(
				reader().subscriptions.signUp({ email: 'reader@example.org', topics: ['news'] })
			).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS', message: /try again in an hour/ });
			expect(await deliver()).toHaveLength(3);

			ipAddress = '198.51.100.1';
			for (let i = 0; i < 20; i++) {
				await reader().subscriptions.signUp({ email: `reader${i}@example.org`, topics: ['news'] });
			}
			await expect(
				reader().subscriptions.signUp({ email: 'someone@example.org', topics: ['news'] })
			).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
			ipAddress = '198.51.100.2';
			await reader().subscriptions.signUp({ email: 'someone@example.org', topics: ['news'] });
			now = new Date(now.getTime() + 3_600_000);
			ipAddress = '198.51.100.9';
			await reader().subscriptions.signUp({ email: 'reader@example.org', topics: ['news'] });
		});

		it('refuses links that were changed, are for something else, or have expired, saying what to do', async () => {
			await reader().subscriptions.signUp({ email: 'reader@example.org', topics: ['news'] });
			const [confirmation] = await deliver();
			const text = confirmation?.parsed.text ?? '';
			const token = linkIn(text, 'confirm');
			const [payload, signature] = token.split('.') as [string, string];
			const otherId = Buffer.from(
				Buffer.from(payload, 'base64url')
					.toString()
					.replace(/"s":\d+/, '"s":999')
			).toString('base64url');
			for (const forged of [`${otherId}.${signature}`, `${payload}.${signature.slice(1)}`]) {
				await expect(reader().subscriptions.confirm({ token: forged })).rejects.toMatchObject({
					code: 'NOT_FOUND',
					message: /does not work/
				});
			}
			// An unsubscribe link cannot confirm, nor a confirmation link unsubscribe.
			await expect(
				reader().subscriptions.confirm({ token: linkIn(text, 'unsubscribe') })
			).rejects.toMatchObject({ code: 'NOT_FOUND' });
			await expect(reader().subscriptions.unsubscribe({ token })).rejects.toMatchObject({
				code: 'NOT_FOUND'
			});
			await expect(reader().subscriptions.preferences({ token })).rejects.toMatchObject({
				code: 'NOT_FOUND'
			});
			now = new Date(now.getTime() + 7 * day + 1000);
			await expect(reader().subscriptions.confirm({ token })).rejects.toMatchObject({
				code: 'NOT_FOUND',
				message: /has expired/
			});
			await expect(reader().subscriptions.confirm({ token: 'not-a.token' })).rejects.toMatchObject({
				code: 'NOT_FOUND'
			});
			await expect(reader().subscriptions.confirm({ token: 'no dot' })).rejects.toMatchObject({
				code: 'BAD_REQUEST'
			});
		});

		it('unsubscribes from everything at once: what is queued for the address is no longer sent', async () => {
			await reader().subscriptions.signUp({ email: 'reader@example.org', topics: ['news'] });
			const [confirmation] = await deliver();
			const text = confirmation?.parsed.text ?? '';
			await reader().subscriptions.confirm({ token: linkIn(text, 'confirm') });
			expect(confirmation?.parsed.headers.get('list')).toMatchObject({
				unsubscribe: {
					url: `https://whatworks.test/newsletter/unsubscribe/${linkIn(text, 'unsubscribe')}`
				}
			});

			// Someone else signs up meanwhile and is sent mail; then the reader leaves.
			await reader().subscriptions.signUp({ email: 'other@example.org', topics: ['news'] });
			await reader().subscriptions.signUp({ email: 'reader@example.org', topics: ['news'] });
			await reader().subscriptions.unsubscribe({ token: linkIn(text, 'unsubscribe') });
			await reader().subscriptions.unsubscribe({ token: linkIn(text, 'unsubscribe') });
			const arrived = await deliver();
			expect(arrived.map((each) => each.recipients[0])).toEqual(['other@example.org']);
			expect(await findSubscriber(database.db, { email: 'reader@example.org' })).toMatchObject({
				leftAt: now
			});
			expect(
				await reader().subscriptions.preferences({ token: linkIn(text, 'preferences') })
			).toEqual({ email: 'reader@example.org', topics: ['news'], subscribed: false });

			// Someone signs the address up again: only the confirmation may reach it, and the
			// address stays suppressed until its owner confirms.
			await reader().subscriptions.signUp({ email: 'reader@example.org', topics: ['news'] });
			await queueMail(database.db, [
				{ ...deliverable('reader@example.org'), messageId: '<other@whatworks.test>' }
			]);
			const [again, ...nothingElse] = await deliver();
			expect(nothingElse).toHaveLength(0);
			expect(again?.parsed.subject).toMatch(/^Confirm your subscription/);
			await reader().subscriptions.confirm({ token: linkIn(again?.parsed.text ?? '', 'confirm') });
			await queueMail(database.db, [
				{ ...deliverable('reader@example.org'), messageId: '<after@whatworks.test>' }
			]);
			expect((await deliver()).map((each) => each.parsed.messageId)).toEqual([
				'<after@whatworks.test>'
			]);
		});

		it('changes topics through the preferences link, and leaves everything from there too', async () => {
			await reader().subscriptions.signUp({ email: 'reader@example.org', topics: ['news'] });
			const [confirmation] = await deliver();
			const text = confirmation?.parsed.text ?? '';
			await reader().subscriptions.confirm({ token: linkIn(text, 'confirm') });
			const token = linkIn(text, 'preferences');
			await reader().subscriptions.changePreferences({ token, topics: ['calls', 'evidence'] });
			expect(await reader().subscriptions.preferences({ token })).toEqual({
				email: 'reader@example.org',
				topics: ['evidence', 'calls'],
				subscribed: true
			});
			await expect(
				reader().subscriptions.changePreferences({ token, topics: [] })
			).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'Choose at least one topic' });
			await reader().subscriptions.unsubscribe({ token });
			await expect(
				reader().subscriptions.changePreferences({ token, topics: ['news'] })
			).rejects.toMatchObject({ code: 'CONFLICT' });
		});

		it('deletes unconfirmed sign-ups after 7 days and left addresses after 28, still never mailing those again', async () => {
			await reader().subscriptions.signUp({ email: 'unsure@example.org', topics: ['news'] });
			await reader().subscriptions.signUp({ email: 'leaving@example.org', topics: ['news'] });
			const messages = await deliver();
			const toLeaving = messages.find((each) => each.recipients[0] === 'leaving@example.org');
			const text = toLeaving?.parsed.text ?? '';
			await reader().subscriptions.confirm({ token: linkIn(text, 'confirm') });
			await reader().subscriptions.unsubscribe({ token: linkIn(text, 'unsubscribe') });

			now = new Date(now.getTime() + 7 * day - 1000);
			expect(await applyRetention(database.db, now)).toMatchObject({
				unconfirmedSubscribers: 0,
				signUpAttempts: 2
			});
			now = new Date(now.getTime() + 2000);
			expect(await applyRetention(database.db, now)).toMatchObject({
				unconfirmedSubscribers: 1,
				leftSubscribers: 0
			});
			expect(await findSubscriber(database.db, { email: 'unsure@example.org' })).toBeNull();
			now = new Date(now.getTime() + 21 * day);
			expect(await applyRetention(database.db, now)).toMatchObject({ leftSubscribers: 1 });
			expect(await findSubscriber(database.db, { email: 'leaving@example.org' })).toBeNull();
			// Messages are kept four weeks after they went, then go too.
			expect(await database.db.select().from(schema.outbox)).toHaveLength(0);

			// Only a keyed hash is left of the address: it names nobody...
			const suppressions = await database.db.select().from(schema.mailSuppressions);
			expect(suppressions).toEqual([
				{
					addressHash: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
					reason: 'left',
					at: expect.any(Date) as Date
				}
			]);
			expect(JSON.stringify(suppressions)).not.toContain('leaving');
			// ...and a link from an old message no longer works, as the sign-up is gone.
			await expect(
				reader().subscriptions.preferences({ token: linkIn(text, 'preferences') })
			).rejects.toMatchObject({ code: 'NOT_FOUND', message: /no longer exists/ });
			// Its unsubscribe link still answers that it is done: nothing will be sent.
			expect(
				await reader().subscriptions.unsubscribe({ token: linkIn(text, 'unsubscribe') })
			).toEqual({ ok: true });

			// Signing up again is a new choice: the confirmation goes, and the address is mailed again.
			await reader().subscriptions.signUp({ email: 'leaving@example.org', topics: ['news'] });
			const [fresh] = await deliver();
			expect(fresh?.recipients).toEqual(['leaving@example.org']);
		});
	}
);
