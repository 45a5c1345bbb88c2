import { createInvite, seedDemoContent, type DatabaseHandle } from '@whatworks/db';
import { openTestDatabase, testDatabaseKinds } from '@whatworks/db/testing';
import type { PublicationContent, StaffRole } from '@whatworks/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './app-router.js';
import { hashToken, newInviteToken } from './auth/tokens.js';
import { createContext } from './context.js';
import { PublicCache } from './public-cache.js';

const report: PublicationContent = {
	slug: 'schwartz-rounds-early-findings',
	title: 'Schwartz Rounds in children’s social care: early findings',
	type: 'insight-report',
	authors: ['CASCADE, Cardiff University'],
	publishedOn: '2020-03-31',
	abstract: 'What staff in the six authorities said after their first Rounds.',
	themes: ['workforce-wellbeing'],
	projectSlugs: ['schwartz-rounds-evaluation'],
	interventionSlugs: [],
	file: null
};

describe.each(testDatabaseKinds)('publications through the review workflow on %s', (kind) => {
	let handle: DatabaseHandle;
	const cache = new PublicCache({ ttlMs: 60_000, maxEntries: 100 });
	const as = (token: string | null) =>
		createCaller(
			createContext(handle.db, {
				cache,
				caller: { token, ipAddress: '203.0.113.8', userAgent: null }
			})
		);
	const staff = { editor: '', reviewer: '' };

	beforeAll(async () => {
		handle = await openTestDatabase(kind);
		await seedDemoContent(handle.db, { dataDir: undefined });
		const password = 'a long enough passphrase';
		for (const role of ['editor', 'reviewer'] as const satisfies StaffRole[]) {
			const token = newInviteToken();
			await createInvite(handle.db, {
				email: `${role}@example.org`,
				name: `The ${role}`,
				roles: [role],
				tokenHash: hashToken(token),
				expiresAt: new Date(Date.now() + 3_600_000),
				invitedBy: null
			});
			await as(null).auth.acceptInvite({ token, password });
			staff[role] = (await as(null).auth.signIn({ email: `${role}@example.org`, password })).token;
		}
	});
	afterAll(async () => {
		await handle.close();
	});

	it('a new publication stays hidden until someone else publishes it, then links its project', async () => {
		const editor = as(staff.editor);
		const reviewer = as(staff.reviewer);
		expect(await as(null).publications.list({ year: 2020 })).toEqual([]); // now cached
		const { id } = await editor.records.createPublication(report);
		await editor.records.transition({ id, action: 'submit' });
		await expect(editor.records.transition({ id, action: 'publish' })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		expect(await reviewer.records.transition({ id, action: 'publish' })).toEqual({
			state: 'published'
		});
		expect((await as(null).publications.list({ year: 2020 })).map((p) => p.slug)).toEqual([
			report.slug
		]);
		const project = await as(null).projects.get({ slug: 'schwartz-rounds-evaluation' });
		expect(project.publications.map((p) => p.slug)).toContain(report.slug);
	});

	it('edits a live publication through one shared draft and a change note', async () => {
		const editor = as(staff.editor);
		const slug = 'signs-of-safety-practice-guide';
		const { id } = await editor.records.startPublication({ slug });
		expect((await editor.records.startPublication({ slug })).id).toBe(id);
		const draft = await editor.records.get({ id });
		expect(draft).toMatchObject({ state: 'draft', targetSlug: slug, authorName: 'The editor' });
		await editor.records.save({
			id,
			content: { ...draft.content, interventionSlugs: [], title: 'Signs of Safety: a guide' }
		});
		await editor.records.transition({ id, action: 'submit' });
		await expect(editor.records.save({ id, content: draft.content })).rejects.toMatchObject({
			code: 'CONFLICT'
		});
		const reviewer = as(staff.reviewer);
		await expect(reviewer.records.transition({ id, action: 'publish' })).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: expect.stringContaining('change note') as string
		});
		await reviewer.records.transition({
			id,
			action: 'publish',
			note: { minor: false, changeNote: 'Shorter title.' }
		});
		const live = await as(null).publications.get({ slug });
		expect(live).toMatchObject({ title: 'Signs of Safety: a guide', interventions: [] });
	});

	it('refuses to publish links to projects that do not exist, naming them', async () => {
		const editor = as(staff.editor);
		const { id } = await editor.records.createPublication({
			...report,
			slug: 'orphan-report',
			projectSlugs: ['no-such-project']
		});
		await editor.records.transition({ id, action: 'submit' });
		await expect(
			as(staff.reviewer).records.transition({ id, action: 'publish' })
		).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: expect.stringContaining('no-such-project') as string
		});
		expect(await as(null).publications.list({ year: 2020 })).toHaveLength(1);
	});
});
