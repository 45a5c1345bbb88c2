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
	const cache = new PublicCache({ ttlMs: 60_000, maxBytes: 1_000_000 });
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
		expect(await as(null).publications.list({ year: 2020 })).toEqual([]);
		const versionBefore = cache.version;
		const { id } = await editor.records.create({ kind: 'publication', content: report });
		await editor.records.transition({ id, action: 'submit' });
		await expect(editor.records.transition({ id, action: 'publish' })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		expect(await reviewer.records.transition({ id, action: 'publish' })).toEqual({
			state: 'published'
		});
		expect(cache.version).not.toBe(versionBefore); // kept answers and copies of pages are dropped
		expect((await as(null).publications.list({ year: 2020 })).map((p) => p.slug)).toEqual([
			report.slug
		]);
		const project = await as(null).projects.get({ slug: 'schwartz-rounds-evaluation' });
		expect(project.publications.map((p) => p.slug)).toContain(report.slug);
	});

	it('edits a live publication through one shared draft and a change note', async () => {
		const editor = as(staff.editor);
		const slug = 'signs-of-safety-practice-guide';
		const { id } = await editor.records.start({ kind: 'publication', slug });
		expect((await editor.records.start({ kind: 'publication', slug })).id).toBe(id);
		const draft = await editor.records.get({ id });
		expect(draft).toMatchObject({ state: 'draft', targetSlug: slug, authorName: 'The editor' });
		if (draft.kind !== 'publication') throw new Error('Expected a publication draft');
		await editor.records.save({
			id,
			kind: 'publication',
			content: { ...draft.content, interventionSlugs: [], title: 'Signs of Safety: a guide' }
		});
		await editor.records.transition({ id, action: 'submit' });
		await expect(
			editor.records.save({ id, kind: 'publication', content: draft.content })
		).rejects.toMatchObject({
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
		const { id } = await editor.records.create({
			kind: 'publication',
			content: {
				...report,
				slug: 'orphan-report',
				projectSlugs: ['no-such-project']
			}
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

	it('edits a project and its protocol, keeping the protocol-before-fieldwork rule', async () => {
		const editor = as(staff.editor);
		const slug = 'social-workers-in-schools-lambeth';
		const { id } = await editor.records.start({ kind: 'project', slug });
		const draft = await editor.records.get({ id });
		if (draft.kind !== 'project' || !draft.content.protocol) throw new Error('Expected a protocol');
		// Only a publication takes a report.
		await expect(editor.records.attachFile({ id, fileId: null })).rejects.toMatchObject({
			code: 'NOT_FOUND',
			message: 'There is no such publication draft.'
		});
		const late = { ...draft.content.protocol, publishedOn: '2019-05-01' };
		await expect(
			editor.records.save({ id, kind: 'project', content: { ...draft.content, protocol: late } })
		).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: expect.stringContaining('published before fieldwork starts') as string
		});
		await expect(
			editor.records.save({ id, kind: 'project', content: { ...draft.content, protocol: null } })
		).rejects.toMatchObject({ message: expect.stringContaining('needs its protocol') as string });
		await editor.records.save({
			id,
			kind: 'project',
			content: {
				...draft.content,
				stage: 'evaluating',
				milestones: [...draft.content.milestones, { stage: 'evaluating', reachedOn: '2020-04-01' }],
				protocol: { ...draft.content.protocol, childrenAndFamiliesCount: 400 }
			}
		});
		await editor.records.transition({ id, action: 'submit' });
		await as(staff.reviewer).records.transition({ id, action: 'publish', note: { minor: true } });
		const live = await as(null).projects.get({ slug });
		expect(live).toMatchObject({ stage: 'evaluating', protocolBeforeWork: true });
		expect(live.protocol?.childrenAndFamiliesCount).toBe(400);
		expect(live.partners.map((p) => p.slug)).toEqual(['lambeth']);
	});

	it('adds a programme, refusing an end before its start', async () => {
		const editor = as(staff.editor);
		const programme = {
			slug: 'staying-close',
			name: 'Staying Close',
			description: 'Support for young people leaving residential care.',
			theme: null,
			startDate: '2022-08-03',
			endDate: '2022-01-01',
			budgetGbp: null
		};
		await expect(
			editor.records.create({ kind: 'programme', content: programme })
		).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: expect.stringContaining('end date') as string
		});
		const { id } = await editor.records.create({
			kind: 'programme',
			content: { ...programme, endDate: null }
		});
		await editor.records.transition({ id, action: 'submit' });
		await as(staff.reviewer).records.transition({ id, action: 'publish' });
		expect((await as(null).programmes.get({ slug: 'staying-close' })).name).toBe('Staying Close');
	});

	it('adds a partner to a programme, refusing a second place in the same wave', async () => {
		const editor = as(staff.editor);
		const { id } = await editor.records.start({ kind: 'partner', slug: 'stockport' });
		const draft = await editor.records.get({ id });
		if (draft.kind !== 'partner') throw new Error('Expected a partner draft');
		const schwartz = {
			programmeSlug: 'schwartz-rounds',
			wave: 2,
			role: 'evaluation-site' as const,
			strand: null,
			startDate: '2019-10-01',
			endDate: null,
			fundingGbp: null
		};
		await expect(
			editor.records.save({
				id,
				kind: 'partner',
				content: { ...draft.content, participations: [schwartz, schwartz] }
			})
		).rejects.toMatchObject({
			message: expect.stringContaining('already in this programme') as string
		});
		await editor.records.save({
			id,
			kind: 'partner',
			content: { ...draft.content, participations: [...draft.content.participations, schwartz] }
		});
		await editor.records.transition({ id, action: 'submit' });
		await as(staff.reviewer).records.transition({
			id,
			action: 'publish',
			note: { changeNote: 'Joined the second wave of Schwartz Rounds.' }
		});
		const stockport = await as(null).partners.get({ slug: 'stockport' });
		expect(stockport.programmes.map((p) => p.slug)).toEqual(['change-projects', 'schwartz-rounds']);
		expect(await as(null).partners.list({ wave: 2 })).toMatchObject([{ slug: 'stockport' }]);
	});
});
