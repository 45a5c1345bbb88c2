import { createInvite, seedDemoContent, type DatabaseHandle } from '@whatworks/db';
import { revisions } from '@whatworks/db/schema';
import { openTestDatabase, testDatabaseKinds } from '@whatworks/db/testing';
import type { StaffRole } from '@whatworks/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './app-router.js';
import { hashToken, newInviteToken } from './auth/tokens.js';
import { createContext } from './context.js';
import { PublicCache } from './public-cache.js';

const password = 'a long enough passphrase';
const slug = 'parent-child-interaction-therapy';

describe.each(testDatabaseKinds)('the editorial workflow on %s', (kind) => {
	let handle: DatabaseHandle;
	const cache = new PublicCache({ ttlMs: 60_000, maxBytes: 1_000_000 });
	const as = (token: string | null) =>
		createCaller(
			createContext(handle.db, {
				cache,
				caller: { token, ipAddress: '203.0.113.5', userAgent: null }
			})
		);
	const staff: Record<'editor' | 'reviewer' | 'admin', string> = {
		editor: '',
		reviewer: '',
		admin: ''
	};

	beforeAll(async () => {
		handle = await openTestDatabase(kind);
		await seedDemoContent(handle.db, { dataDir: undefined });
		for (const role of ['editor', 'reviewer', 'admin'] as StaffRole[]) {
			const token = newInviteToken();
			const email = `${role}@example.org`;
			await createInvite(handle.db, {
				email,
				name: `The ${role}`,
				roles: [role],
				tokenHash: hashToken(token),
				expiresAt: new Date(Date.now() + 3_600_000),
				invitedBy: null
			});
			await as(null).auth.acceptInvite({ token, password });
			staff[role] = (await as(null).auth.signIn({ email, password })).token;
		}
	});
	afterAll(async () => {
		await handle.close();
	});

	it('takes a change from draft to the public page, with a second person and a change note', async () => {
		const before = await as(null).interventions.get({ slug });
		const versionBefore = cache.version;
		const editor = as(staff.editor);
		const { editionId } = await editor.editorial.start({ slug });
		const draft = await editor.editorial.get({ editionId });
		expect(draft).toMatchObject({ state: 'draft', authorName: 'The editor' });
		expect(draft.latest.content.summary).toBe(before.summary);

		const summary =
			'Therapists coach parents live through an earpiece while they play with their child.';
		const { revisionId } = await editor.editorial.save({
			editionId,
			baseRevisionId: draft.latest.id,
			content: { ...draft.latest.content, summary }
		});
		await editor.editorial.transition({ editionId, action: 'submit' });
		await expect(
			editor.editorial.transition({ editionId, action: 'publish', revisionId })
		).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});

		const reviewer = as(staff.reviewer);
		await expect(
			reviewer.editorial.transition({ editionId, action: 'publish', revisionId })
		).rejects.toThrow('Write a change note');
		// Approving an older revision than the latest is refused: the reviewer must see what goes out.
		await expect(
			reviewer.editorial.transition({
				editionId,
				action: 'publish',
				revisionId: draft.latest.id,
				note: { minor: true }
			})
		).rejects.toThrow('This draft changed after you opened it');
		expect(
			await reviewer.editorial.transition({
				editionId,
				action: 'publish',
				revisionId,
				note: { minor: false, changeNote: 'Rewrote the summary in plainer words.' }
			})
		).toEqual({ state: 'published' });
		// Kept answers and the site's copies of pages are dropped at once.
		expect(cache.version).not.toBe(versionBefore);

		const after = await as(null).interventions.get({ slug });
		expect(after.summary).toBe(summary);
		expect(after.changeNotes[0]).toMatchObject({ note: 'Rewrote the summary in plainer words.' });

		const log = await as(staff.admin).audit.list({ action: 'edition.publish' });
		const published = await editor.editorial.get({ editionId });
		expect(log[0]).toMatchObject({
			actorEmail: 'reviewer@example.org',
			revisionIds: [published.latest.id]
		});
	});

	it('refuses a stale save and keeps what was saved; of two saves at once exactly one wins', async () => {
		const editor = as(staff.editor);
		const { editionId } = await editor.editorial.start({ slug: 'kinship-care' });
		const start = await editor.editorial.get({ editionId });
		const content = start.latest.content;

		const results = await Promise.allSettled([
			editor.editorial.save({
				editionId,
				baseRevisionId: start.latest.id,
				content: { ...content, name: 'Kinship care A' }
			}),
			as(staff.admin).editorial.save({
				editionId,
				baseRevisionId: start.latest.id,
				content: { ...content, name: 'Kinship care B' }
			})
		]);
		expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
		const refused = results.find((r) => r.status === 'rejected');
		expect(refused?.reason).toMatchObject({ code: 'CONFLICT' });
		expect(String(refused?.reason)).toContain('Fields they changed compared with yours: name');

		const now = await editor.editorial.get({ editionId });
		expect(now.revisions).toHaveLength(2);
		expect(['Kinship care A', 'Kinship care B']).toContain(now.latest.content.name);
	});

	it('gives two people opening a draft at the same moment the same edition', async () => {
		const opened = await Promise.all([
			as(staff.editor).editorial.start({ slug: 'residential-care' }),
			as(staff.admin).editorial.start({ slug: 'residential-care' })
		]);
		expect(opened[0].editionId).toBe(opened[1].editionId);
	});

	it('lets nobody publish a change they last edited, whatever their roles', async () => {
		const { editionId } = await as(staff.editor).editorial.start({ slug: 'mellow-parenting' });
		const draft = await as(staff.admin).editorial.get({ editionId });
		await as(staff.admin).editorial.save({
			editionId,
			baseRevisionId: draft.latest.id,
			content: { ...draft.latest.content, costBand: '2' }
		});
		await as(staff.admin).editorial.transition({ editionId, action: 'submit' });
		const edited = await as(staff.admin).editorial.get({ editionId });
		await expect(
			as(staff.admin).editorial.transition({
				editionId,
				action: 'publish',
				revisionId: edited.latest.id,
				note: { minor: true }
			})
		).rejects.toThrow('Someone else must approve this change');
		await as(staff.reviewer).editorial.transition({
			editionId,
			action: 'request-changes',
			comment: 'Which source gives band 2?'
		});
		const back = await as(staff.editor).editorial.get({ editionId });
		expect(back.state).toBe('draft');
		expect(back.comments.map((c) => c.text)).toEqual(['Which source gives band 2?']);
	});

	it('hides an unpublished page from readers until a new edition is published', async () => {
		const [published] = (await as(staff.reviewer).editorial.list()).filter(
			(e) => e.slug === slug && e.state === 'published'
		);
		if (!published) throw new Error('The first test published nothing');
		const versionBefore = cache.version;
		const everyone = (await as(null).interventions.search({ pageSize: 5 })).total;
		await as(staff.reviewer).editorial.transition({ editionId: published.id, action: 'unpublish' });
		expect(cache.version).not.toBe(versionBefore);
		await expect(as(null).interventions.get({ slug })).rejects.toMatchObject({ code: 'NOT_FOUND' });
		const search = await as(null).interventions.search({ q: 'earpiece' });
		expect(search.items.map((item) => item.slug)).not.toContain(slug);
		expect((await as(null).interventions.search({ pageSize: 5 })).total).toBe(everyone - 1);
		expect((await as(null).ratings.openData()).some((r) => r.intervention_slug === slug)).toBe(
			false
		);

		const { editionId } = await as(staff.editor).editorial.start({ slug });
		await as(staff.editor).editorial.transition({ editionId, action: 'submit' });
		const again = await as(staff.reviewer).editorial.get({ editionId });
		await as(staff.reviewer).editorial.transition({
			editionId,
			action: 'publish',
			revisionId: again.latest.id,
			note: { minor: false, changeNote: 'Published again.' }
		});
		expect((await as(null).interventions.get({ slug })).changeNotes[0]?.note).toBe(
			'Published again.'
		);
	});

	it('publishes edited study data: the rating is computed again and its history kept', async () => {
		const slugSfbt = 'solution-focused-brief-therapy';
		const before = await as(null).interventions.get({ slug: slugSfbt });
		const editor = as(staff.editor);
		const { editionId } = await editor.editorial.start({ slug: slugSfbt });
		const draft = await editor.editorial.get({ editionId });
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
			editor.editorial.save({
				editionId,
				baseRevisionId: draft.latest.id,
				content: { ...content, outcomes: [withTrial, ...rest] }
			})
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		const { revisionId } = await editor.editorial.save({
			editionId,
			baseRevisionId: draft.latest.id,
			content: { ...content, studies: [...content.studies, trial], outcomes: [withTrial, ...rest] }
		});
		await editor.editorial.transition({ editionId, action: 'submit' });
		await as(staff.reviewer).editorial.transition({
			editionId,
			action: 'publish',
			revisionId,
			note: { minor: false, changeNote: 'Added the 2024 trial in England.' }
		});

		const after = await as(null).interventions.get({ slug: slugSfbt });
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
		const { editionId } = await as(staff.editor).editorial.start({
			slug: 'family-group-conferencing'
		});
		const draft = await as(staff.editor).editorial.get({ editionId });
		const [outcome, ...rest] = draft.latest.content.outcomes;
		if (!outcome?.override) throw new Error('The published FGC rating has no override');
		const content = {
			...draft.latest.content,
			outcomes: [{ ...outcome, override: null }, ...rest]
		};
		await expect(
			as(staff.editor).editorial.save({ editionId, baseRevisionId: draft.latest.id, content })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		const removed = await as(staff.admin).editorial.save({
			editionId,
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
		await as(staff.reviewer).editorial.saveOverride({
			editionId,
			baseRevisionId: removed.revisionId,
			outcomeKey: outcome.key,
			override
		});
		const latest = (await as(staff.editor).editorial.get({ editionId })).latest;
		expect(latest.number).toBe(3);
		expect(latest.content.outcomes[0]?.override).toEqual(override);
		expect(latest.content.outcomes.slice(1)).toEqual(rest);
	});

	it('lets an editor save and submit an intervention whose outcomes carry overrides', async () => {
		const editor = as(staff.editor);
		const { editionId } = await editor.editorial.start({ slug: 'family-drug-and-alcohol-courts' });
		const draft = await editor.editorial.get({ editionId });
		expect(draft.latest.content.outcomes.some((o) => o.override !== null)).toBe(true);
		const summary = `${draft.latest.content.summary} Courts sit every fortnight.`;
		const saved = await editor.editorial.save({
			editionId,
			baseRevisionId: draft.latest.id,
			content: { ...draft.latest.content, summary }
		});
		expect(saved.number).toBe(2);
		expect(await editor.editorial.transition({ editionId, action: 'submit' })).toEqual({
			state: 'in-review'
		});
	});

	it('lets an editor add and remove outcomes that carry no override', async () => {
		const editor = as(staff.editor);
		const { editionId } = await editor.editorial.start({ slug: 'treatment-foster-care' });
		const draft = await editor.editorial.get({ editionId });
		const content = draft.latest.content;
		const added = await editor.editorial.save({
			editionId,
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
		const removed = await editor.editorial.save({
			editionId,
			baseRevisionId: added.revisionId,
			content: { ...content, outcomes: content.outcomes.slice(1) }
		});
		expect(removed.number).toBe(3);
	});

	it('adds a new intervention, hidden until its first publication says so', async () => {
		const editor = as(staff.editor);
		const { editionId } = await editor.editorial.create({
			name: 'Video Interaction Guidance',
			summary:
				'Parents watch short clips of themselves with their child and build on what went well.'
		});
		const draft = await editor.editorial.get({ editionId });
		expect(draft).toMatchObject({ slug: 'video-interaction-guidance', everPublished: false });
		expect(draft.live).toBeNull();
		await expect(
			as(null).interventions.get({ slug: 'video-interaction-guidance' })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		const second = await editor.editorial.create({
			name: 'Video interaction guidance',
			summary: 'x'
		});
		expect((await editor.editorial.get({ editionId: second.editionId })).slug).toBe(
			'video-interaction-guidance-2'
		);

		await editor.editorial.transition({ editionId, action: 'submit' });
		await as(staff.reviewer).editorial.transition({
			editionId,
			action: 'publish',
			revisionId: draft.latest.id
		});
		// A second new entry's only draft, discarded, leaves nothing behind: its slug is free again.
		await editor.editorial.transition({ editionId: second.editionId, action: 'withdraw' });
		await editor.editorial.transition({ editionId: second.editionId, action: 'discard' });
		const third = await editor.editorial.create({
			name: 'Video interaction guidance',
			summary: 'x'
		});
		expect((await editor.editorial.get({ editionId: third.editionId })).slug).toBe(
			'video-interaction-guidance-2'
		);
		const page = await as(null).interventions.get({ slug: 'video-interaction-guidance' });
		expect(page.changeNotes.map((n) => n.note)).toEqual(['First published.']);
		const found = await as(null).interventions.search({ q: 'video interaction' });
		expect(found.items.map((item) => item.slug)).toContain('video-interaction-guidance');
	});

	it('never changes a saved revision', async () => {
		await expect(handle.db.update(revisions).set({ number: 99 })).rejects.toThrow();
	});
});
