import { testDatabaseKinds } from '@whatworks/db/testing';
import type { PublicationContent } from '@whatworks/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStaffedApi, type StaffedApi } from './testing/staffed-api.js';

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

describe.each(testDatabaseKinds)('research records through drafts on %s', (engine) => {
	let api: StaffedApi;
	beforeAll(async () => {
		api = await openStaffedApi(engine);
	});
	afterAll(async () => {
		await api.handle.close();
	});
	/** The revision a reviewer approves: the draft's latest. */
	const latestRevision = async (draftId: number) =>
		(await api.staff.reviewer.drafts.get({ draftId })).latest.id;

	it('a new publication stays hidden until someone else publishes it, then links its project', async () => {
		const editor = api.staff.editor;
		const reviewer = api.staff.reviewer;
		expect(await api.as(null).publications.list({ year: 2020 })).toEqual([]);
		const versionBefore = api.cache.version;
		const { draftId: id } = await editor.drafts.create({ kind: 'publication', content: report });
		await editor.drafts.transition({ draftId: id, action: 'submit' });
		await expect(
			editor.drafts.transition({
				draftId: id,
				action: 'publish',
				revisionId: await latestRevision(id)
			})
		).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		expect(
			await reviewer.drafts.transition({
				draftId: id,
				action: 'publish',
				revisionId: await latestRevision(id)
			})
		).toEqual({
			state: 'published'
		});
		expect(api.cache.version).not.toBe(versionBefore); // kept answers and copies of pages are dropped
		expect((await api.as(null).publications.list({ year: 2020 })).map((p) => p.slug)).toEqual([
			report.slug
		]);
		const project = await api.as(null).projects.get({ slug: 'schwartz-rounds-evaluation' });
		expect(project.publications.map((p) => p.slug)).toContain(report.slug);
	});

	it('edits a live publication through one shared draft and a change note', async () => {
		const editor = api.staff.editor;
		const slug = 'signs-of-safety-practice-guide';
		const { draftId: id } = await editor.drafts.start({ kind: 'publication', slug });
		expect((await editor.drafts.start({ kind: 'publication', slug })).draftId).toBe(id);
		const draft = await editor.drafts.get({ draftId: id });
		expect(draft).toMatchObject({ state: 'draft', targetSlug: slug, authorName: 'The editor' });
		if (draft.kind !== 'publication') throw new Error('Expected a publication draft');
		await editor.drafts.save({
			draftId: id,
			baseRevisionId: draft.latest.id,
			kind: 'publication',
			content: { ...draft.latest.content, interventionSlugs: [], title: 'Signs of Safety: a guide' }
		});
		await editor.drafts.transition({ draftId: id, action: 'submit' });
		await expect(
			editor.drafts.save({
				draftId: id,
				baseRevisionId: draft.latest.id,
				kind: 'publication',
				content: draft.latest.content
			})
		).rejects.toMatchObject({
			code: 'CONFLICT'
		});
		const reviewer = api.staff.reviewer;
		await expect(
			reviewer.drafts.transition({
				draftId: id,
				action: 'publish',
				revisionId: await latestRevision(id)
			})
		).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: expect.stringContaining('change note') as string
		});
		await reviewer.drafts.transition({
			draftId: id,
			action: 'publish',
			revisionId: await latestRevision(id),
			note: { minor: false, changeNote: 'Shorter title.' }
		});
		const live = await api.as(null).publications.get({ slug });
		expect(live).toMatchObject({ title: 'Signs of Safety: a guide', interventions: [] });
	});

	it('refuses to publish links to projects that do not exist, naming them', async () => {
		const editor = api.staff.editor;
		const { draftId: id } = await editor.drafts.create({
			kind: 'publication',
			content: {
				...report,
				slug: 'orphan-report',
				projectSlugs: ['no-such-project']
			}
		});
		await editor.drafts.transition({ draftId: id, action: 'submit' });
		await expect(
			api.staff.reviewer.drafts.transition({
				draftId: id,
				action: 'publish',
				revisionId: await latestRevision(id)
			})
		).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: expect.stringContaining('no-such-project') as string
		});
		expect(await api.as(null).publications.list({ year: 2020 })).toHaveLength(1);
	});

	it('edits a project and its protocol, keeping the protocol-before-fieldwork rule', async () => {
		const editor = api.staff.editor;
		const slug = 'social-workers-in-schools-lambeth';
		const { draftId: id } = await editor.drafts.start({ kind: 'project', slug });
		const draft = await editor.drafts.get({ draftId: id });
		if (draft.kind !== 'project' || !draft.latest.content.protocol)
			throw new Error('Expected a protocol');
		// Only a publication takes a report.
		await expect(
			editor.drafts.attachFile({ draftId: id, baseRevisionId: draft.latest.id, fileId: null })
		).rejects.toMatchObject({
			code: 'NOT_FOUND',
			message: 'There is no such draft of a publication.'
		});
		const late = { ...draft.latest.content.protocol, publishedOn: '2019-05-01' };
		await expect(
			editor.drafts.save({
				draftId: id,
				baseRevisionId: draft.latest.id,
				kind: 'project',
				content: { ...draft.latest.content, protocol: late }
			})
		).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: expect.stringContaining('published before fieldwork starts') as string
		});
		await expect(
			editor.drafts.save({
				draftId: id,
				baseRevisionId: draft.latest.id,
				kind: 'project',
				content: { ...draft.latest.content, protocol: null }
			})
		).rejects.toMatchObject({ message: expect.stringContaining('needs its protocol') as string });
		await editor.drafts.save({
			draftId: id,
			baseRevisionId: draft.latest.id,
			kind: 'project',
			content: {
				...draft.latest.content,
				milestones: [
					...draft.latest.content.milestones,
					{ stage: 'reported', reachedOn: '2099-01-15' }
				],
				protocol: { ...draft.latest.content.protocol, childrenAndFamiliesCount: 400 }
			}
		});
		await editor.drafts.transition({ draftId: id, action: 'submit' });
		await api.staff.reviewer.drafts.transition({
			draftId: id,
			action: 'publish',
			revisionId: await latestRevision(id),
			note: { minor: true }
		});
		const live = await api.as(null).projects.get({ slug });
		// The stage follows the dates: evaluating since April 2020, the report still planned.
		expect(live).toMatchObject({ stage: 'evaluating', protocolBeforeWork: true });
		expect(live.milestones.at(-1)).toEqual({ stage: 'reported', reachedOn: '2099-01-15' });
		expect(live.protocol?.childrenAndFamiliesCount).toBe(400);
		expect(live.partners.map((p) => p.slug)).toEqual(['lambeth']);
	});

	it('adds a programme, refusing an end before its start', async () => {
		const editor = api.staff.editor;
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
			editor.drafts.create({ kind: 'programme', content: programme })
		).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: expect.stringContaining('end date') as string
		});
		const { draftId: id } = await editor.drafts.create({
			kind: 'programme',
			content: { ...programme, endDate: null }
		});
		await editor.drafts.transition({ draftId: id, action: 'submit' });
		await api.staff.reviewer.drafts.transition({
			draftId: id,
			action: 'publish',
			revisionId: await latestRevision(id)
		});
		expect((await api.as(null).programmes.get({ slug: 'staying-close' })).name).toBe(
			'Staying Close'
		);
	});

	it('adds a partner to a programme, refusing a second place in the same wave', async () => {
		const editor = api.staff.editor;
		const { draftId: id } = await editor.drafts.start({ kind: 'partner', slug: 'stockport' });
		const draft = await editor.drafts.get({ draftId: id });
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
			editor.drafts.save({
				draftId: id,
				baseRevisionId: draft.latest.id,
				kind: 'partner',
				content: { ...draft.latest.content, participations: [schwartz, schwartz] }
			})
		).rejects.toMatchObject({
			message: expect.stringContaining('already in this programme') as string
		});
		await editor.drafts.save({
			draftId: id,
			baseRevisionId: draft.latest.id,
			kind: 'partner',
			content: {
				...draft.latest.content,
				participations: [...draft.latest.content.participations, schwartz]
			}
		});
		await editor.drafts.transition({ draftId: id, action: 'submit' });
		await api.staff.reviewer.drafts.transition({
			draftId: id,
			action: 'publish',
			revisionId: await latestRevision(id),
			note: { changeNote: 'Joined the second wave of Schwartz Rounds.' }
		});
		const stockport = await api.as(null).partners.get({ slug: 'stockport' });
		expect(stockport.programmes.map((p) => p.slug)).toEqual(['change-projects', 'schwartz-rounds']);
		expect(await api.as(null).partners.list({ wave: 2 })).toMatchObject([{ slug: 'stockport' }]);
	});
});
