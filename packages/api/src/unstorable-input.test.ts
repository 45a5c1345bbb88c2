import { testDatabaseKinds } from '@whatworks/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStaffedApi, type StaffedApi } from './testing/staffed-api.js';

// Postgres cannot store a NUL character, in a text column or in JSON: staff who paste one get a
// sentence, not "something went wrong on our side", and nothing is half-saved.
describe.each(testDatabaseKinds)('input the database cannot store, on %s', (engine) => {
	let api: StaffedApi;
	beforeAll(async () => {
		api = await openStaffedApi(engine);
	});
	afterAll(async () => {
		await api.handle.close();
	});
	const refusal = {
		code: 'BAD_REQUEST',
		message: 'Text cannot contain the NUL character: remove it and try again.'
	};

	it('refuses a NUL in a draft’s content with a sentence', async () => {
		const editor = api.staff.editor;
		const before = await editor.drafts.list({});
		const content = {
			slug: 'staying-close',
			name: 'Staying\u0000Close',
			description: 'Support for young people leaving residential care.',
			theme: null,
			startDate: null,
			endDate: null,
			budgetGbp: null,
			waves: []
		};
		await expect(editor.drafts.create({ kind: 'programme', content })).rejects.toMatchObject(
			refusal
		);
		expect(await editor.drafts.list({})).toEqual(before);
	});

	it('refuses a NUL in a new colleague’s name with a sentence', async () => {
		const admin = api.staff.admin;
		const invite = {
			email: 'grace@example.org',
			name: 'Grace\u0000Hopper',
			roles: ['editor' as const]
		};
		await expect(admin.users.invite(invite)).rejects.toMatchObject(refusal);
		const emails = (await admin.users.list()).map((user) => user.email);
		expect(emails).not.toContain('grace@example.org');
	});
});
