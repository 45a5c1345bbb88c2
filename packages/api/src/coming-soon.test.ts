import { testDatabaseKinds } from '@whatworks/db/testing';
import { announceableMonths, newInterventionContent } from '@whatworks/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interventionDraft, openStaffedApi, type StaffedApi } from './testing/staffed-api.js';

// Months a review may be expected in: this one and the next 23, whenever the tests run.
const [thisMonth = '', expected = '', later = ''] = announceableMonths(new Date());

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
			expectedMonth: expected
		});
		expect(api.cache.version).not.toBe(versionBefore);

		const entry = {
			slug: 'video-interaction-guidance',
			name: 'Video Interaction Guidance',
			expectedMonth: expected
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
			detail: { expectedMonth: expected }
		});
		expect((await interventionDraft(editor, draftId)).comingSoon).toEqual({
			expectedMonth: expected,
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
				expectedMonth: later
			})
		).rejects.toThrow('Only a new intervention can be shown as coming soon');

		const content = newInterventionContent({
			name: 'Family Learning Intervention',
			summary: 'A course.'
		});
		const { draftId } = await editor.drafts.create({ kind: 'intervention', content });
		const draft = await interventionDraft(editor, draftId);
		await expect(
			reviewer.drafts.announce({ draftId, revisionId: live.latest.id, expectedMonth: later })
		).rejects.toThrow('There is no such revision of this draft');
		await expect(
			reviewer.drafts.announce({ draftId, revisionId: draft.latest.id, expectedMonth: '2027-13' })
		).rejects.toThrow('Choose the month the review is expected');

		await reviewer.drafts.announce({
			draftId,
			revisionId: draft.latest.id,
			expectedMonth: later
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
			expectedMonth: later
		});
		await editor.drafts.transition({ draftId, action: 'withdraw' });
		expect(await api.as(null).comingSoon.list()).toEqual([]);
	});

	it('refuses a month already past, its own author, and a second entry at one address', async () => {
		const { editor, reviewer, admin } = api.staff;
		const start = async (caller: typeof editor, name: string) => {
			const content = newInterventionContent({ name, summary: 'Being reviewed.' });
			const { draftId } = await caller.drafts.create({ kind: 'intervention', content });
			return { draftId, revisionId: (await interventionDraft(caller, draftId)).latest.id };
		};
		const first = await start(editor, 'Same name');
		const year = Number(thisMonth.slice(0, 4));
		await expect(
			reviewer.drafts.announce({ ...first, expectedMonth: `${year - 1}-01` })
		).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: expect.stringContaining('Choose this month') as string
		});
		const own = await start(admin, 'Written by the admin');
		await expect(admin.drafts.announce({ ...own, expectedMonth: thisMonth })).rejects.toMatchObject(
			{
				code: 'FORBIDDEN'
			}
		);

		await reviewer.drafts.announce({ ...first, expectedMonth: thisMonth });
		const second = await start(editor, 'Same name');
		await expect(reviewer.drafts.announce({ ...second, expectedMonth: thisMonth })).rejects.toThrow(
			'Another intervention is at same-name'
		);
		expect((await api.as(null).comingSoon.list()).map((entry) => entry.slug)).toEqual([
			'same-name'
		]);
	});
});
