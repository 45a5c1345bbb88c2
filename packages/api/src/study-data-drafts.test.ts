import { testDatabaseKinds } from '@whatworks/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interventionDraft, openStaffedApi, type StaffedApi } from './testing/staffed-api.js';

describe.each(testDatabaseKinds)(
	'the study data and ratings of intervention drafts on %s',
	(engine) => {
		let api: StaffedApi;
		beforeAll(async () => {
			api = await openStaffedApi(engine);
		});
		afterAll(async () => {
			await api.handle.close();
		});

		it('publishes edited study data: the rating is computed again and its history kept', async () => {
			const slugSfbt = 'solution-focused-brief-therapy';
			const before = await api.as(null).interventions.get({ slug: slugSfbt });
			const editor = api.staff.editor;
			const { draftId } = await editor.drafts.start({ kind: 'intervention', slug: slugSfbt });
			const draft = await interventionDraft(editor, draftId);
			const content = draft.latest.content;
			expect(content.studies).toHaveLength(before.studies.length);
			expect(content.outcomes.map((o) => o.outcome)).toEqual(before.outcomes.map((o) => o.outcome));

			// A new, large UK trial with a clear benefit on the first outcome.
			const trial = {
				key: 'new-1',
				label: 'Example et al. 2024',
				citation: 'Example, A. (2024). A trial of solution-focused brief therapy in England.',
				year: 2024,
				country: 'GB',
				design: 'rct' as const,
				setting: 'Family support services',
				independentOfDeveloper: true,
				treatmentN: 400,
				comparisonN: 400,
				followUpMonths: 12,
				source: 'illustrative' as const
			};
			const [first, ...rest] = content.outcomes;
			if (!first) throw new Error('The demo entry has no outcome');
			const withTrial = {
				...first,
				contrasts: [
					...first.contrasts,
					{
						studyKey: 'new-1',
						sampleId: 'example-2024',
						metric: 'smd' as const,
						effectSize: 0.4,
						variance: 0.005,
						ciLower: null,
						ciUpper: null,
						favourableDirection: 'higher' as const,
						designRating: 'high' as const,
						treatmentN: 400,
						comparisonN: 400
					}
				]
			};
			// A contrast must point at one of the intervention's studies.
			await expect(
				editor.drafts.save({
					kind: 'intervention',
					draftId,
					baseRevisionId: draft.latest.id,
					content: { ...content, outcomes: [withTrial, ...rest] }
				})
			).rejects.toMatchObject({ code: 'BAD_REQUEST' });
			const { revisionId } = await editor.drafts.save({
				kind: 'intervention',
				draftId,
				baseRevisionId: draft.latest.id,
				content: {
					...content,
					studies: [...content.studies, trial],
					outcomes: [withTrial, ...rest]
				}
			});
			await editor.drafts.transition({ draftId, action: 'submit' });
			await api.staff.reviewer.drafts.transition({
				draftId,
				action: 'publish',
				revisionId,
				note: { minor: false, changeNote: 'Added the 2024 trial in England.' }
			});

			const after = await api.as(null).interventions.get({ slug: slugSfbt });
			expect(after.studies.map((s) => s.label)).toContain('Example et al. 2024');
			const rated = after.outcomes[0];
			const previous = before.outcomes[0];
			expect(rated?.ukStudyCount).toBe(1);
			expect(rated?.studyCount).toBe((previous?.studyCount ?? 0) + 1);
			expect(after.evidence[0]?.rows.map((r) => r.label)).toContain('Example et al. 2024');
			expect(after.evidenceLastReviewed).not.toBe(before.evidenceLastReviewed);
			// The outcome kept its identity, so its rating history goes on rather than restarting.
			expect(rated).toMatchObject({ effectiveness: 'consistently-positive', strength: 'moderate' });
			const history = after.ratingChanges.filter((c) => c.outcome === previous?.outcome);
			expect(history).toHaveLength(2);
			expect(history[0]?.previous).toEqual({
				effectiveness: previous?.effectiveness,
				strength: previous?.strength
			});
		});

		it('lets only a reviewer change a rating override', async () => {
			const { draftId } = await api.staff.editor.drafts.start({
				kind: 'intervention',
				slug: 'family-group-conferencing'
			});
			const draft = await interventionDraft(api.staff.editor, draftId);
			const [outcome, ...rest] = draft.latest.content.outcomes;
			if (!outcome?.override) throw new Error('The published FGC rating has no override');
			const content = {
				...draft.latest.content,
				outcomes: [{ ...outcome, override: null }, ...rest]
			};
			await expect(
				api.staff.editor.drafts.save({
					kind: 'intervention',
					draftId,
					baseRevisionId: draft.latest.id,
					content
				})
			).rejects.toMatchObject({ code: 'FORBIDDEN' });
			const removed = await api.staff.admin.drafts.save({
				kind: 'intervention',
				draftId,
				baseRevisionId: draft.latest.id,
				content
			});
			expect(removed).toMatchObject({ number: 2 });
			// A reviewer, who cannot edit drafts, sets a rating of their own on that outcome alone.
			const override = {
				effectiveness: 'mixed' as const,
				strength: 'very-low' as const,
				justification: 'The trials disagree and none was carried out in England.'
			};
			await api.staff.reviewer.drafts.saveOverride({
				draftId,
				baseRevisionId: removed.revisionId,
				outcomeKey: outcome.key,
				override
			});
			const latest = (await interventionDraft(api.staff.editor, draftId)).latest;
			expect(latest.number).toBe(3);
			expect(latest.content.outcomes[0]?.override).toEqual(override);
			expect(latest.content.outcomes.slice(1)).toEqual(rest);
		});

		it('lets an editor save and submit an intervention whose outcomes carry overrides', async () => {
			const editor = api.staff.editor;
			const { draftId } = await editor.drafts.start({
				kind: 'intervention',
				slug: 'family-drug-and-alcohol-courts'
			});
			const draft = await interventionDraft(editor, draftId);
			expect(draft.latest.content.outcomes.some((o) => o.override !== null)).toBe(true);
			const summary = `${draft.latest.content.summary} Courts sit every fortnight.`;
			const saved = await editor.drafts.save({
				kind: 'intervention',
				draftId,
				baseRevisionId: draft.latest.id,
				content: { ...draft.latest.content, summary }
			});
			expect(saved.number).toBe(2);
			expect(await editor.drafts.transition({ draftId, action: 'submit' })).toEqual({
				state: 'in-review'
			});
		});

		it('lets an editor add and remove outcomes that carry no override', async () => {
			const editor = api.staff.editor;
			const { draftId } = await editor.drafts.start({
				kind: 'intervention',
				slug: 'treatment-foster-care'
			});
			const draft = await interventionDraft(editor, draftId);
			const content = draft.latest.content;
			const added = await editor.drafts.save({
				kind: 'intervention',
				draftId,
				baseRevisionId: draft.latest.id,
				content: {
					...content,
					outcomes: [
						...content.outcomes,
						{
							key: 'n1',
							outcome: 'Return home within a year',
							domain: 'permanence-and-reunification',
							source: 'illustrative',
							override: null,
							contrasts: []
						}
					]
				}
			});
			const removed = await editor.drafts.save({
				kind: 'intervention',
				draftId,
				baseRevisionId: added.revisionId,
				content: { ...content, outcomes: content.outcomes.slice(1) }
			});
			expect(removed.number).toBe(3);
		});
	}
);
