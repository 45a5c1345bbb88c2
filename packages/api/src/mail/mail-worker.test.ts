import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import {
	claimMail,
	queueMail,
	renewLeases,
	type ClaimedMail,
	type OutgoingMail,
	type QueuedMail
} from '@whatworks/db';
import type { MailProgress } from '@whatworks/domain';
import * as schema from '@whatworks/db/schema';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '@whatworks/db/testing';
import { dkimVerify } from 'mailauth';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSmtpSink, type DataAnswer } from '../testing/smtp-sink.js';
import { catchingSender, smtpSender, type SenderSetting } from './mail-sender.js';
import { BatchLease } from './batch-lease.js';
import { MailWorker } from './mail-worker.js';

const sendOne = fileURLToPath(new URL('../testing/send-one.ts', import.meta.url));

const setting: SenderSetting = { from: '"What Works Centre" <newsletter@whatworks.test>' };

let serial = 0;
/** A message like the newsletter's, to a recipient of its own. */
function message(recipient: string, mailing = 'newsletter-16'): QueuedMail {
	serial += 1;
	return {
		notBefore: clock().now(),
		messageId: `<${mailing}.${serial}@whatworks.test>`,
		recipient,
		subject: 'E-newsletter no.16',
		html: '<!doctype html><html lang="en-GB"><body><h1>E-newsletter no.16</h1></body></html>',
		text: 'E-newsletter no.16\n',
		headers: {
			'List-Id': 'E-newsletter <newsletter.whatworks.test>',
			'List-Unsubscribe': `<https://whatworks.test/newsletter/unsubscribe/t${serial}>`,
			'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
		}
	};
}

/** A claimed one-off message as it goes to the mail server. */
function outgoing(claimed: ClaimedMail | undefined): OutgoingMail {
	if (claimed?.mailingId !== null) throw new Error('Expected a one-off message');
	return { messageId: claimed.messageId, recipient: claimed.recipient, ...claimed.words };
}

const siteOrigin = 'https://whatworks.test';

/** A clock a test moves forward by hand: leases and retries run out when it says. */
function clock(start = new Date('2026-12-05T09:00:00Z')) {
	let now = start.getTime();
	return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

describe.each(testDatabaseKinds)('the mail outbox on %s', { timeout: 60_000 }, (engine) => {
	let database: TestDatabase;
	let sink: Awaited<ReturnType<typeof startSmtpSink>>;
	let refused = new Map<string, number>();
	let answerData: ((count: number) => DataAnswer) | undefined;
	const opened: { close(): void }[] = [];
	beforeAll(async () => {
		database = await openTestDatabase(engine);
		sink = await startSmtpSink({
			refuseRecipient: (address) => refused.get(address) ?? null,
			answerData: (count) => answerData?.(count) ?? 'accept'
		});
	});
	afterAll(async () => {
		await sink.close();
		await database.close();
	});
	beforeEach(async () => {
		await database.db.delete(schema.outbox);
		await database.db.delete(schema.mailSuppressions);
		await database.db.delete(schema.caughtMail);
		sink.arrived.length = 0;
		refused = new Map();
		answerData = undefined;
	});
	afterEach(() => opened.splice(0).forEach((each) => each.close()));

	/** How many of a mailing's messages (by their Message-ID's start) are in each status. */
	async function progressOf(mailing = 'newsletter-16'): Promise<MailProgress> {
		const rows = await database.db
			.select({ status: schema.outbox.status, messageId: schema.outbox.messageId })
			.from(schema.outbox);
		const progress: MailProgress = { queued: 0, sent: 0, failed: 0, suppressed: 0 };
		for (const row of rows) if (row.messageId.startsWith(`<${mailing}.`)) progress[row.status]++;
		return progress;
	}

	function worker(time = clock(), options: { rate?: number; batchSize?: number } = {}) {
		const sender = smtpSender(sink.url, setting);
		opened.push(sender);
		return new MailWorker({
			db: database.db,
			sender,
			ratePerSecond: options.rate ?? 1000,
			siteOrigin,
			now: time.now,
			leaseSeconds: 60,
			batchSize: options.batchSize ?? 50
		});
	}

	it('sends a message with both parts and the headers that let it be unsubscribed in one click', async () => {
		await queueMail(database.db, [message('reader@example.org')]);
		expect(await worker().sendDue()).toBe(1);
		expect(sink.arrived).toHaveLength(1);
		const [{ parsed, recipients }] = sink.arrived as [(typeof sink.arrived)[0]];
		expect(recipients).toEqual(['reader@example.org']);
		expect(parsed.subject).toBe('E-newsletter no.16');
		expect(parsed.html).toContain('<h1>E-newsletter no.16</h1>');
		expect(parsed.text).toBe('E-newsletter no.16\n');
		expect(parsed.messageId).toMatch(/^<newsletter-16\.\d+@whatworks\.test>$/);
		// As a mail program reads the list headers (RFC 2369, RFC 2919, RFC 8058).
		expect(parsed.headers.get('list')).toEqual({
			id: { name: 'E-newsletter', id: 'newsletter.whatworks.test' },
			unsubscribe: {
				url: expect.stringMatching(
					/^https:\/\/whatworks\.test\/newsletter\/unsubscribe\/t\d+$/
				) as string
			},
			'unsubscribe-post': { name: 'List-Unsubscribe=One-Click' }
		});
		expect(await progressOf()).toEqual({
			queued: 0,
			sent: 1,
			failed: 0,
			suppressed: 0
		});
	});

	it('never queues one message twice: a mailing started again reaches nobody twice', async () => {
		const once = message('reader@example.org');
		expect(await queueMail(database.db, [once])).toBe(1);
		expect(await queueMail(database.db, [once, message('other@example.org')])).toBe(1);
		await worker().sendDue();
		expect(sink.arrived.map((each) => each.recipients[0]).sort()).toEqual([
			'other@example.org',
			'reader@example.org'
		]);
	});

	it('fails a message refused for good and suppresses its address, which is never tried again', async () => {
		refused.set('gone@example.org', 550);
		await queueMail(database.db, [message('gone@example.org'), message('reader@example.org')]);
		await worker().sendDue();
		expect(sink.arrived.map((each) => each.recipients[0])).toEqual(['reader@example.org']);
		expect(await progressOf()).toMatchObject({
			sent: 1,
			failed: 1
		});

		// The next mailing skips the address without asking the mail server.
		refused.clear();
		await queueMail(database.db, [message('gone@example.org', 'newsletter-17')]);
		await worker().sendDue();
		expect(sink.arrived).toHaveLength(1);
		expect(await progressOf('newsletter-17')).toMatchObject({ suppressed: 1 });
	});

	it('tries a message turned away for now again after a minute, then later, and sends it', async () => {
		refused.set('busy@example.org', 451);
		await queueMail(database.db, [message('busy@example.org')]);
		const time = clock();
		const sending = worker(time);
		await sending.sendDue();
		expect(sink.arrived).toHaveLength(0);
		expect(await sending.sendDue()).toBe(0); // not due yet
		time.advance(59_000);
		expect(await sending.sendDue()).toBe(0);
		time.advance(1_000);
		expect(await sending.sendDue()).toBe(1); // the second attempt, refused again
		time.advance(60_000);
		expect(await sending.sendDue()).toBe(0); // the next wait is five minutes
		time.advance(240_000);
		refused.clear();
		expect(await sending.sendDue()).toBe(1);
		expect(sink.arrived).toHaveLength(1);
		expect(await progressOf()).toMatchObject({ sent: 1 });
	});

	it('gives up on a message turned away for now six times, without suppressing the address', async () => {
		refused.set('busy@example.org', 421);
		await queueMail(database.db, [message('busy@example.org')]);
		const time = clock();
		const sending = worker(time);
		for (let attempt = 1; attempt <= 6; attempt++) {
			expect(await sending.sendDue()).toBe(1);
			time.advance(6 * 3600_000);
		}
		expect(await sending.sendDue()).toBe(0);
		expect(await progressOf()).toMatchObject({ failed: 1 });

		// The mail server was at fault, not the address: the next mailing reaches it.
		refused.clear();
		await queueMail(database.db, [message('busy@example.org', 'newsletter-17')]);
		await sending.sendDue();
		expect(await progressOf('newsletter-17')).toMatchObject({ sent: 1 });
	});

	it('suppresses nobody for a 5xx to the message itself (a policy, a bad signature): it is tried again', async () => {
		await queueMail(database.db, [message('reader@example.org')]);
		answerData = () => ({ refuse: 554 });
		const time = clock();
		const sending = worker(time);
		await sending.sendDue();
		expect(await progressOf()).toMatchObject({ queued: 1 });
		answerData = undefined;
		time.advance(60_000);
		await sending.sendDue();
		expect(sink.arrived.map((each) => each.recipients[0])).toEqual(['reader@example.org']);
		expect(await database.db.select().from(schema.mailSuppressions)).toEqual([]);
	});

	it('never sends a message whose lease another worker has taken over', async () => {
		await queueMail(database.db, [message('reader@example.org')]);
		const time = clock();
		const lease = (worker: string) =>
			claimMail(database.db, {
				worker,
				limit: 1,
				now: time.now(),
				leaseUntil: new Date(time.now().getTime() + 60_000)
			});
		const [slow] = await lease('slow-worker');
		time.advance(60_001); // the slow worker is taken for dead
		expect(await lease('other-worker')).toHaveLength(1);
		const renewal = { ids: [slow!.id], leaseUntil: new Date(time.now().getTime() + 60_000) };
		expect(await renewLeases(database.db, { ...renewal, worker: 'slow-worker' })).toEqual(
			new Set()
		);
		expect(await renewLeases(database.db, { ...renewal, worker: 'other-worker' })).toEqual(
			new Set([slow!.id])
		);
	});

	it('starts no message whose lease has less than a third of its length left', async () => {
		await queueMail(database.db, [message('reader@example.org')]);
		const time = clock();
		const leaseUntil = new Date(time.now().getTime() + 60_000);
		const [claimed] = await claimMail(database.db, {
			worker: 'stalled-worker',
			limit: 1,
			now: time.now(),
			leaseUntil
		});
		const id = claimed?.id ?? 0;
		const lease = await BatchLease.start({
			db: database.db,
			worker: 'stalled-worker',
			hashes: new Map([[id, 'not-suppressed']]),
			leaseUntil,
			leaseSeconds: 60,
			now: time.now
		});
		expect(lease.mayStart(id)).toBe(true);
		// Its renewals failed (or never ran): too little of the lease is left to start a send in.
		time.advance(40_001);
		expect(lease.mayStart(id)).toBe(false);
		lease.stop();
	});

	describe('when a worker dies, the message is sent again only if it died after the mail server accepted it', () => {
		const batch = () => ['a', 'b', 'c'].map((name) => message(`${name}@example.org`));
		const arrivedIds = () => sink.arrived.map((each) => each.parsed.messageId).sort();
		const dyingClaim = (time: ReturnType<typeof clock>) =>
			claimMail(database.db, {
				worker: 'worker-that-dies',
				limit: 10,
				now: time.now(),
				leaseUntil: new Date(time.now().getTime() + 60_000)
			});

		it('dies right after its claim: nothing went; when the lease runs out, each message goes once', async () => {
			const messages = batch();
			await queueMail(database.db, messages);
			const time = clock();
			expect(await dyingClaim(time)).toHaveLength(3);
			const survivor = worker(time);
			expect(await survivor.sendDue()).toBe(0); // leased to the dead worker
			time.advance(60_001);
			expect(await survivor.sendDue()).toBe(3);
			expect(arrivedIds()).toEqual(messages.map((each) => each.messageId).sort());
		});

		it('dies in the middle of DATA: the server never accepted it, so it goes once, later', async () => {
			const messages = batch();
			await queueMail(database.db, messages);
			const time = clock();
			const [first] = await dyingClaim(time);
			// The worker's process is killed while the mail server waits for the end of the message.
			answerData = () => 'hang';
			const started = sink.nextData();
			const dying = spawn(
				process.execPath,
				[
					'--import',
					'tsx',
					sendOne,
					JSON.stringify({ url: sink.url, setting, message: outgoing(first) })
				],
				{ stdio: 'ignore' }
			);
			const exited = once(dying, 'exit');
			await started;
			dying.kill('SIGKILL');
			expect(await exited).toEqual([null, 'SIGKILL']);
			answerData = undefined;
			expect(sink.arrived).toHaveLength(0);
			time.advance(60_001);
			expect(await worker(time).sendDue()).toBe(3);
			expect(arrivedIds()).toEqual(messages.map((each) => each.messageId).sort());
		});

		it('dies between the server’s 250 and recording it: that one message goes twice, under one Message-ID', async () => {
			const messages = batch();
			await queueMail(database.db, messages);
			const time = clock();
			const [first] = await dyingClaim(time);
			const dyingSender = smtpSender(sink.url, setting);
			opened.push(dyingSender);
			await dyingSender.send(outgoing(first)); // accepted; the worker dies before it records so
			time.advance(60_001);
			expect(await worker(time).sendDue()).toBe(3);
			const ids = arrivedIds();
			expect(ids).toHaveLength(4);
			expect(ids.filter((id) => id === first!.messageId)).toHaveLength(2);
			expect(new Set(ids)).toEqual(new Set(messages.map((each) => each.messageId)));
		});
	});

	it('lets two workers send one mailing together, each message once', async () => {
		const messages = Array.from({ length: 40 }, (_, i) => message(`reader${i}@example.org`));
		await queueMail(database.db, messages);
		const time = clock();
		const [one, two] = [worker(time, { batchSize: 10 }), worker(time, { batchSize: 10 })];
		const bothClaimed = async () => {
			const counts = await Promise.all([one.sendDue(), two.sendDue()]);
			return counts[0] + counts[1];
		};
		while ((await bothClaimed()) > 0);
		const ids = sink.arrived.map((each) => each.parsed.messageId);
		expect(ids).toHaveLength(40);
		expect(new Set(ids).size).toBe(40);
	});

	it('keeps to the configured rate', async () => {
		await queueMail(
			database.db,
			Array.from({ length: 6 }, (_, i) => message(`reader${i}@example.org`))
		);
		const started = performance.now();
		await worker(clock(), { rate: 20 }).sendDue();
		// Six messages at 20 a second: the sixth starts a quarter of a second after the first.
		expect(performance.now() - started).toBeGreaterThanOrEqual(240);
		expect(sink.arrived).toHaveLength(6);
	});

	it('signs with DKIM when a key is set, the one-click unsubscribe headers among those signed', async () => {
		const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
		const dkim = {
			domainName: 'whatworks.test',
			keySelector: 'mail',
			privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
		};
		const sender = smtpSender(sink.url, { ...setting, dkim });
		opened.push(sender);
		await queueMail(database.db, [message('reader@example.org')]);
		await new MailWorker({ db: database.db, sender, ratePerSecond: 100, siteOrigin }).sendDue();
		const [{ raw }] = sink.arrived as [(typeof sink.arrived)[0]];
		const publicDer = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
		const { results } = await dkimVerify(raw, {
			resolver: (name, type) => {
				expect([name, type]).toEqual(['mail._domainkey.whatworks.test', 'TXT']);
				return Promise.resolve([[`v=DKIM1; k=rsa; p=${publicDer}`]]);
			}
		});
		expect(results.map((result) => result.status.result)).toEqual(['pass']);
		const signed = /\bh=([^;]+)/
			.exec(raw.replace(/\r\n\s+/g, ''))?.[1]
			?.toLowerCase()
			.split(':');
		expect(signed).toEqual(
			expect.arrayContaining(['list-unsubscribe', 'list-unsubscribe-post', 'list-id', 'message-id'])
		);

		// A message changed on the way no longer passes.
		const tampered = raw.replace('List-Unsubscribe=One-Click', 'List-Unsubscribe=Two-Clicks');
		const again = await dkimVerify(tampered, {
			resolver: () => Promise.resolve([[`v=DKIM1; k=rsa; p=${publicDer}`]])
		});
		expect(again.results.map((result) => result.status.result)).toEqual(['fail']);
	});

	it('without a mail server, keeps each message as it would have gone, for admins to read', async () => {
		const sender = catchingSender(database.db, setting);
		await queueMail(database.db, [message('reader@example.org')]);
		await new MailWorker({ db: database.db, sender, ratePerSecond: 100, siteOrigin }).sendDue();
		const [caught] = await database.db.select().from(schema.caughtMail);
		expect(caught).toMatchObject({
			recipient: 'reader@example.org',
			subject: 'E-newsletter no.16'
		});
		expect(caught?.headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
		expect(caught?.headers).toMatch(/^Message-ID: <newsletter-16\.\d+@whatworks\.test>$/m);
		expect(caught?.headers).not.toContain('\r\n\r\n');
		expect(await progressOf()).toMatchObject({ sent: 1 });
	});
});
