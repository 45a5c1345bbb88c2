import { testDatabaseKinds } from '@whatworks/db/testing';
import { revisions } from '@whatworks/db/schema';
import { newInterventionContent } from '@whatworks/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interventionDraft, openStaffedApi, type StaffedApi } from './testing/staffed-api.js';

const slug = 'parent-child-interaction-therapy';

describe.each(testDatabaseKinds)('drafts of interventions on %s', (engine) => {
	let api: StaffedApi;
	beforeAll(async () => {
		api = await openStaffedApi(engine);
	});
	afterAll(async () => {
		await api.handle.close();
	});

	it('takes a change from draft to the public page, with a second person and a change note', async () => {
		const before = await api.as(null).interventions.get({ slug });
		const versionBefore = api.cache.version;
		const editor = api.staff.editor;
		const { draftId } = await editor.drafts.start({ kind: 'intervention', slug });
		const draft = await interventionDraft(editor, draftId);
		expect(draft).toMatchObject({ state: 'draft', authorName: 'The editor' });
		expect(draft.latest.content.summary).toBe(before.summary);

		const summary =
			'Therapists coach parents live through an earpiece while they play with their child.';
		const { revisionId } = await editor.drafts.save({
			kind: 'intervention',
			draftId,
			baseRevisionId: draft.latest.id,
			content: { ...draft.latest.content, summary }
		});
		await editor.drafts.transition({ draftId, action: 'submit' });
		await expect(
			editor.drafts.transition({ draftId, action: 'publish', revisionId })
		).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});

		const reviewer = api.staff.reviewer;
		await expect(
			reviewer.drafts.transition({ draftId, action: 'publish', revisionId })
		).rejects.toThrow('Write a change note');
		// Approving an older revision than the latest is refused: the reviewer must see what goes out.
		await expect(
			reviewer.drafts.transition({
				draftId,
				action: 'publish',
				revisionId: draft.latest.id,
				note: { minor: true }
			})
		).rejects.toThrow('This draft changed after you opened it');
		expect(
			await reviewer.drafts.transition({
				draftId,
				action: 'publish',
				revisionId,
				note: { minor: false, changeNote: 'Rewrote the summary in plainer words.' }
			})
		).toEqual({ state: 'published' });
		// Kept answers and the site's copies of pages are dropped at once.
		expect(api.cache.version).not.toBe(versionBefore);

		const after = await api.as(null).interventions.get({ slug });
		expect(after.summary).toBe(summary);
		expect(after.changeNotes[0]).toMatchObject({ note: 'Rewrote the summary in plainer words.' });

		const log = await api.staff.admin.audit.list({ action: 'draft.publish' });
		const published = await interventionDraft(editor, draftId);
		expect(log[0]).toMatchObject({
			actorEmail: 'reviewer@example.org',
			revisionIds: [published.latest.id]
		});
	});

	it('finds an entry by another name an editor gave it, and by its topics, once it is published', async () => {
		const search = async (q: string) =>
			(await api.as(null).interventions.search({ q, pageSize: 3 })).items.map((item) => item.slug);
		const slug = 'mellow-parenting';
		expect(await search('Starling Circle')).not.toContain(slug);
		const editor = api.staff.editor;
		const { draftId } = await editor.drafts.start({ kind: 'intervention', slug });
		const draft = await interventionDraft(editor, draftId);
		const content = {
			...draft.latest.content,
			alsoKnownAs: ['Starling Circle'],
			topics: [...draft.latest.content.topics, 'practice-frameworks' as const]
		};
		const { revisionId } = await editor.drafts.save({
			kind: 'intervention',
			draftId,
			baseRevisionId: draft.latest.id,
			content
		});
		await editor.drafts.transition({ draftId, action: 'submit' });
		await api.staff.reviewer.drafts.transition({
			draftId,
			action: 'publish',
			revisionId,
			note: { minor: true }
		});

		expect((await api.as(null).interventions.get({ slug })).alsoKnownAs).toEqual([
			'Starling Circle'
		]);
		expect((await search('starling circle'))[0]).toBe(slug);
		// A misspelt other name, and the topic's words, find it as well.
		expect(await search('starlng')).toContain(slug);
		expect(await search('practice frameworks')).toContain(slug);
	});

	it('refuses a stale save and keeps what was saved; of two saves at once exactly one wins', async () => {
		const editor = api.staff.editor;
		const { draftId } = await editor.drafts.start({ kind: 'intervention', slug: 'kinship-care' });
		const start = await interventionDraft(editor, draftId);
		const content = start.latest.content;

		const results = await Promise.allSettled([
			editor.drafts.save({
				kind: 'intervention',
				draftId,
				baseRevisionId: start.latest.id,
				content: { ...content, name: 'Kinship care A' }
			}),
			api.staff.admin.drafts.save({
				kind: 'intervention',
				draftId,
				baseRevisionId: start.latest.id,
				content: { ...content, name: 'Kinship care B' }
			})
		]);
		expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
		const refused = results.find((r) => r.status === 'rejected');
		expect(refused?.reason).toMatchObject({ code: 'CONFLICT' });
		expect(String(refused?.reason)).toContain('What they changed: Name');

		const now = await interventionDraft(editor, draftId);
		expect(now.revisions).toHaveLength(2);
		expect(['Kinship care A', 'Kinship care B']).toContain(now.latest.content.name);
	});

	it('gives two people opening a draft at the same moment the same draft', async () => {
		const opened = await Promise.all([
			api.staff.editor.drafts.start({ kind: 'intervention', slug: 'residential-care' }),
			api.staff.admin.drafts.start({ kind: 'intervention', slug: 'residential-care' })
		]);
		expect(opened[0].draftId).toBe(opened[1].draftId);
	});

	it('lets nobody publish a change they last edited, whatever their roles', async () => {
		const { draftId } = await api.staff.editor.drafts.start({
			kind: 'intervention',
			slug: 'mellow-parenting'
		});
		const draft = await interventionDraft(api.staff.admin, draftId);
		await api.staff.admin.drafts.save({
			kind: 'intervention',
			draftId,
			baseRevisionId: draft.latest.id,
			content: { ...draft.latest.content, costBand: '2' }
		});
		await api.staff.admin.drafts.transition({ draftId, action: 'submit' });
		const edited = await interventionDraft(api.staff.admin, draftId);
		await expect(
			api.staff.admin.drafts.transition({
				draftId,
				action: 'publish',
				revisionId: edited.latest.id,
				note: { minor: true }
			})
		).rejects.toThrow('Someone else must approve this change');
		await api.staff.reviewer.drafts.transition({
			draftId,
			action: 'request-changes',
			comment: 'Which source gives band 2?'
		});
		const back = await interventionDraft(api.staff.editor, draftId);
		expect(back.state).toBe('draft');
		expect(back.comments.map((c) => c.text)).toEqual(['Which source gives band 2?']);
	});

	it('hides an unpublished page from readers until a new draft is published', async () => {
		const [published] = (await api.staff.reviewer.drafts.list()).filter(
			(d) => d.targetSlug === slug && d.state === 'published'
		);
		if (!published) throw new Error('The first test published nothing');
		const versionBefore = api.cache.version;
		const everyone = (await api.as(null).interventions.search({ pageSize: 5 })).total;
		await api.staff.reviewer.drafts.transition({ draftId: published.id, action: 'unpublish' });
		expect(api.cache.version).not.toBe(versionBefore);
		await expect(api.as(null).interventions.get({ slug })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		const search = await api.as(null).interventions.search({ q: 'earpiece' });
		expect(search.items.map((item) => item.slug)).not.toContain(slug);
		expect((await api.as(null).interventions.search({ pageSize: 5 })).total).toBe(everyone - 1);
		expect((await api.as(null).ratings.openData()).some((r) => r.intervention_slug === slug)).toBe(
			false
		);

		const { draftId } = await api.staff.editor.drafts.start({ kind: 'intervention', slug });
		await api.staff.editor.drafts.transition({ draftId, action: 'submit' });
		const again = await interventionDraft(api.staff.reviewer, draftId);
		await api.staff.reviewer.drafts.transition({
			draftId,
			action: 'publish',
			revisionId: again.latest.id,
			note: { minor: false, changeNote: 'Published again.' }
		});
		expect((await api.as(null).interventions.get({ slug })).changeNotes[0]?.note).toBe(
			'Published again.'
		);
	});

	it('adds a new intervention, hidden until its first publication says so', async () => {
		const editor = api.staff.editor;
		const start = {
			name: 'Video Interaction Guidance',
			summary:
				'Parents watch short clips of themselves with their child and build on what went well.'
		};
		const { draftId } = await editor.drafts.create({
			kind: 'intervention',
			content: newInterventionContent(start)
		});
		const draft = await interventionDraft(editor, draftId);
		expect(draft).toMatchObject({ targetSlug: null, title: start.name });
		expect(draft.latest.content.slug).toBe('video-interaction-guidance');
		expect(draft.live).toBeNull();
		await expect(
			api.as(null).interventions.get({ slug: 'video-interaction-guidance' })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		// A second new entry's only draft, discarded, leaves nothing behind.
		const second = await editor.drafts.create({
			kind: 'intervention',
			content: newInterventionContent({ ...start, slug: 'vig' })
		});
		await editor.drafts.transition({ draftId: second.draftId, action: 'withdraw' });
		await editor.drafts.transition({ draftId: second.draftId, action: 'discard' });
		await expect(editor.drafts.get({ draftId: second.draftId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});

		await editor.drafts.transition({ draftId, action: 'submit' });
		await api.staff.reviewer.drafts.transition({
			draftId,
			action: 'publish',
			revisionId: draft.latest.id
		});
		const page = await api.as(null).interventions.get({ slug: 'video-interaction-guidance' });
		expect(page.changeNotes.map((n) => n.note)).toEqual(['First published.']);
		const found = await api.as(null).interventions.search({ q: 'video interaction' });
		expect(found.items.map((item) => item.slug)).toContain('video-interaction-guidance');
		// Its address is taken now: another new entry must choose its own.
		await expect(
			editor.drafts.create({ kind: 'intervention', content: newInterventionContent(start) })
		).rejects.toThrow('already has the web address video-interaction-guidance');
		expect((await editor.drafts.list()).find((d) => d.id === draftId)).toMatchObject({
			state: 'published',
			targetSlug: 'video-interaction-guidance'
		});
	});

	it('never changes a saved revision', async () => {
		await expect(api.handle.db.update(revisions).set({ number: 99 })).rejects.toThrow();
	});
});
