import { testDatabaseKinds } from '@whatworks/db/testing';
import { newInterventionContent } from '@whatworks/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interventionDraft, openStaffedApi, type StaffedApi } from './testing/staffed-api.js';

describe.each(testDatabaseKinds)('interventions coming soon on %s', (engine) => {
	let api: StaffedApi;
	beforeAll(async () => {
		api = await openStaffedApi(engine);
	});
	afterAll(async () => {
		await api.handle.close();
	});

	it('shows a new intervention as coming soon from the revision announced until it is published', async () => {
		const { editor, reviewer } = api.staff;
		const content = newInterventionContent({
			name: 'Video Interaction Guidance',
			summary:
				'A practitioner films a parent with their child and they watch the moments that went well.'
		});
		const { draftId } = await editor.drafts.create({ kind: 'intervention', content });
		const announced = await interventionDraft(editor, draftId);
		const versionBefore = api.cache.version;
		await reviewer.drafts.announce({
			draftId,
			revisionId: announced.latest.id,
			expectedMonth: '2027-03'
		});
		expect(api.cache.version).not.toBe(versionBefore);

		const entry = {
			slug: 'video-interaction-guidance',
			name: 'Video Interaction Guidance',
			expectedMonth: '2027-03'
		};
		expect(await api.as(null).comingSoon.list()).toEqual([expect.objectContaining(entry)]);
		expect(await api.as(null).comingSoon.get({ slug: entry.slug })).toMatchObject(entry);
		await expect(api.as(null).interventions.get({ slug: entry.slug })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		const log = await api.staff.admin.audit.list({ action: 'draft.announced' });
		expect(log[0]).toMatchObject({
			actorEmail: 'reviewer@example.org',
			subjectId: entry.slug,
			revisionIds: [announced.latest.id],
			detail: { expectedMonth: '2027-03' }
		});
		expect((await interventionDraft(editor, draftId)).comingSoon).toEqual({
			expectedMonth: '2027-03',
			revisionId: announced.latest.id
		});

		// Later saves stay in the console until announced again or published.
		const { revisionId } = await editor.drafts.save({
			kind: 'intervention',
			draftId,
			baseRevisionId: announced.latest.id,
			content: { ...content, name: 'Video Interaction Guidance (VIG)' }
		});
		expect((await api.as(null).comingSoon.get({ slug: entry.slug })).name).toBe(entry.name);

		await editor.drafts.transition({ draftId, action: 'submit' });
		await reviewer.drafts.transition({
			draftId,
			action: 'publish',
			revisionId,
			note: { minor: false, changeNote: 'Published the review.' }
		});
		expect(await api.as(null).comingSoon.list()).toEqual([]);
		expect((await api.as(null).interventions.get({ slug: entry.slug })).name).toBe(
			'Video Interaction Guidance (VIG)'
		);
	});

	it('announces only new interventions, and stops when asked or when the draft is withdrawn', async () => {
		const { editor, reviewer } = api.staff;
		const { draftId: liveDraft } = await editor.drafts.start({
			kind: 'intervention',
			slug: 'kinship-care'
		});
		const live = await interventionDraft(editor, liveDraft);
		await expect(
			reviewer.drafts.announce({
				draftId: liveDraft,
				revisionId: live.latest.id,
				expectedMonth: '2027-05'
			})
		).rejects.toThrow('Only a new intervention can be shown as coming soon');

		const content = newInterventionContent({
			name: 'Family Learning Intervention',
			summary: 'A course.'
		});
		const { draftId } = await editor.drafts.create({ kind: 'intervention', content });
		const draft = await interventionDraft(editor, draftId);
		await expect(
			reviewer.drafts.announce({ draftId, revisionId: live.latest.id, expectedMonth: '2027-05' })
		).rejects.toThrow('There is no such revision of this draft');
		await expect(
			reviewer.drafts.announce({ draftId, revisionId: draft.latest.id, expectedMonth: '2027-13' })
		).rejects.toThrow('Choose the month the review is expected');

		await reviewer.drafts.announce({
			draftId,
			revisionId: draft.latest.id,
			expectedMonth: '2027-05'
		});
		await reviewer.drafts.unannounce({ draftId });
		expect(await api.as(null).comingSoon.list()).toEqual([]);
		expect((await api.staff.admin.audit.list({ action: 'draft.unannounced' }))[0]).toMatchObject({
			actorEmail: 'reviewer@example.org',
			subjectId: 'family-learning-intervention'
		});

		await reviewer.drafts.announce({
			draftId,
			revisionId: draft.latest.id,
			expectedMonth: '2027-05'
		});
		await editor.drafts.transition({ draftId, action: 'withdraw' });
		expect(await api.as(null).comingSoon.list()).toEqual([]);
	});
});
