import { testDatabaseKinds } from '@whatworks/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catchingSender } from './mail/mail-sender.js';
import { defaultSiteOrigin } from './context.js';
import { MailWorker } from './mail/mail-worker.js';
import { openStaffedApi, type StaffedApi } from './testing/staffed-api.js';

describe.each(testDatabaseKinds)('one person’s data on %s', (engine) => {
	let api: StaffedApi;
	beforeAll(async () => {
		api = await openStaffedApi(engine);
	});
	afterAll(async () => {
		await api.handle.close();
	});

	it('is exported whole for its owner, then erased, leaving only the keyed hash that stops mail', async () => {
		const email = 'asking@example.org';
		await api.as(null).subscriptions.signUp({ email: 'Asking@Example.org', topics: ['calls'] });
		const sender = catchingSender(api.handle.db, { from: 'newsletter@whatworks.test' });
		await new MailWorker({
			db: api.handle.db,
			sender,
			ratePerSecond: 100,
			siteOrigin: defaultSiteOrigin
		}).sendDue();

		const { admin } = api.staff;
		const held = await admin.people.export({ email: ' ASKING@example.org ' });
		expect(held).toMatchObject({
			email,
			subscription: { topics: ['calls'], confirmedAt: null, leftAt: null },
			messages: [
				{ subject: expect.stringMatching(/^Confirm your subscription/) as string, status: 'sent' }
			],
			caughtMessages: [{ subject: expect.stringMatching(/^Confirm/) as string }],
			signUpAttempts: [{ networkAddress: '203.0.113.5' }],
			suppressed: false
		});

		expect(await admin.people.erase({ email })).toEqual({
			subscriptions: 1,
			messages: 1,
			caughtMessages: 1,
			signUpAttempts: 1
		});
		expect(await admin.people.export({ email })).toEqual({
			email,
			subscription: null,
			messages: [],
			caughtMessages: [],
			signUpAttempts: [],
			suppressed: true
		});
		const entries = [
			...(await admin.audit.list({ action: 'person.exported' })),
			...(await admin.audit.list({ action: 'person.erased' }))
		];
		expect(entries.map((entry) => entry.action)).toEqual([
			'person.exported',
			'person.exported',
			'person.erased'
		]);
		expect(entries.every((entry) => entry.actorEmail === 'admin@example.org')).toBe(true);
		expect(JSON.stringify(entries)).not.toContain('asking');
	});

	it('takes a complaint: the address is no longer subscribed and is never mailed again, even after it left', async () => {
		const email = 'annoyed@example.org';
		const reader = api.as(null);
		await reader.subscriptions.signUp({ email, topics: ['news'] });
		const sender = catchingSender(api.handle.db, { from: 'newsletter@whatworks.test' });
		const worker = new MailWorker({
			db: api.handle.db,
			sender,
			ratePerSecond: 100,
			siteOrigin: defaultSiteOrigin
		});
		await worker.sendDue();
		const { admin } = api.staff;
		await admin.people.complained({ email: 'Annoyed@Example.org' });
		const held = await admin.people.export({ email });
		expect(held.suppressed).toBe(true);
		expect(held.subscription?.leftAt).not.toBeNull();

		// Signing up and confirming again lifts a suppression chosen by leaving, not a complaint.
		await reader.subscriptions.signUp({ email, topics: ['news'] });
		await worker.sendDue();
		expect(
			(await admin.people.export({ email })).messages.map((message) => message.status)
		).toEqual(['sent', 'suppressed']);
		const [entry] = await admin.audit.list({ action: 'person.complained' });
		expect(entry?.subjectType).toBe('person');
		expect(JSON.stringify(entry)).not.toContain('annoyed');
	});
});
