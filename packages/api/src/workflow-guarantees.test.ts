import { testDatabaseKinds } from '@whatworks/db/testing';
import type { ContentKind, ContentOf, KindedContent } from '@whatworks/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStaffedApi, type Caller, type StaffedApi } from './testing/staffed-api.js';

/** For each kind: a live item, a change an editor makes to it, and how readers see that change. */
const kinds: {
	[K in ContentKind]: {
		slug: string;
		change: (content: ContentOf<K>, words: string) => ContentOf<K>;
		changedLabel: string;
		readBack: (reader: Caller, slug: string) => Promise<string>;
	};
} = {
	intervention: {
		slug: 'kinship-care',
		change: (content, words) => ({ ...content, summary: words }),
		changedLabel: 'Summary',
		readBack: async (reader, slug) => (await reader.interventions.get({ slug })).summary
	},
	publication: {
		slug: 'signs-of-safety-practice-guide',
		change: (content, words) => ({ ...content, abstract: words }),
		changedLabel: 'Abstract',
		readBack: async (reader, slug) => (await reader.publications.get({ slug })).abstract
	},
	project: {
		slug: 'schwartz-rounds-evaluation',
		change: (content, words) => ({ ...content, summary: words }),
		changedLabel: 'Summary',
		readBack: async (reader, slug) => (await reader.projects.get({ slug })).summary
	},
	programme: {
		slug: 'change-projects',
		change: (content, words) => ({ ...content, description: words }),
		changedLabel: 'Description',
		readBack: async (reader, slug) => (await reader.programmes.get({ slug })).description
	},
	partner: {
		slug: 'stockport',
		change: (content, words) => ({ ...content, name: words }),
		changedLabel: 'Name',
		readBack: async (reader, slug) => (await reader.partners.get({ slug })).name
	},
	article: {
		slug: 'evidence-store-launched',
		change: (content, words) => ({ ...content, summary: words }),
		changedLabel: 'Summary',
		readBack: async (reader, slug) => (await reader.news.get({ slug })).summary
	},
	author: {
		slug: 'lorna-stabler',
		change: (content, words) => ({ ...content, bio: words }),
		changedLabel: 'Biography',
		readBack: async (reader, slug) => (await reader.news.author({ slug })).bio
	},
	newsletter: {
		slug: '16',
		change: (content, words) => ({ ...content, title: words }),
		changedLabel: 'Title',
		readBack: async (reader, slug) => (await reader.newsletters.get({ number: Number(slug) })).title
	}
};

/** The content of a draft's latest revision changed as the kind's row says. */
function changed(kind: ContentKind, content: ContentOf, words: string): KindedContent {
	const change = kinds[kind].change as (content: ContentOf, words: string) => ContentOf;
	return { kind, content: change(content, words) } as KindedContent;
}

describe.each(testDatabaseKinds)('the same guarantees for every kind, on %s', (engine) => {
	let api: StaffedApi;
	beforeAll(async () => {
		api = await openStaffedApi(engine);
	});
	afterAll(async () => {
		await api.handle.close();
	});

	it.each(Object.keys(kinds) as ContentKind[])(
		'%s: no stale save, no unreviewed revision, no own change and no unexplained change goes live',
		async (kind) => {
			const { slug, changedLabel, readBack } = kinds[kind];
			const { editor, reviewer, admin } = api.staff;
			const { draftId } = await editor.drafts.start({ kind, slug });
			const opened = await editor.drafts.get({ draftId });
			const base = opened.latest;

			// A stale save is refused, naming what changed since, and overwrites nothing.
			const first = await editor.drafts.save({
				draftId,
				baseRevisionId: base.id,
				...changed(kind, base.content, 'First words')
			});
			await expect(
				admin.drafts.save({
					draftId,
					baseRevisionId: base.id,
					...changed(kind, base.content, 'Other words')
				})
			).rejects.toMatchObject({
				code: 'CONFLICT',
				message: expect.stringContaining(`What they changed: ${changedLabel}`) as string
			});
			expect((await editor.drafts.get({ draftId })).latest.id).toBe(first.revisionId);

			// An edit saved after the reviewer saw the draft cannot be published unseen.
			await editor.drafts.transition({ draftId, action: 'submit' });
			const seen = (await reviewer.drafts.get({ draftId })).latest.id;
			await reviewer.drafts.transition({ draftId, action: 'request-changes', comment: 'Shorter.' });
			const final = await admin.drafts.save({
				draftId,
				baseRevisionId: first.revisionId,
				...changed(kind, base.content, 'Final words')
			});
			await admin.drafts.transition({ draftId, action: 'submit' });
			const note = { minor: false, changeNote: 'Reworded.' };
			await expect(
				reviewer.drafts.transition({ draftId, action: 'publish', revisionId: seen, note })
			).rejects.toMatchObject({ code: 'CONFLICT' });

			// Nobody publishes a change they wrote or edited, whatever their roles.
			const revisionId = final.revisionId;
			await expect(
				admin.drafts.transition({ draftId, action: 'publish', revisionId, note })
			).rejects.toThrow('Someone else must approve this change');

			// A major change needs a change note.
			await expect(
				reviewer.drafts.transition({ draftId, action: 'publish', revisionId })
			).rejects.toThrow('Write a change note');
			expect(await readBack(api.as(null), slug)).not.toBe('Final words');
			expect(
				await reviewer.drafts.transition({ draftId, action: 'publish', revisionId, note })
			).toEqual({ state: 'published' });
			expect(await readBack(api.as(null), slug)).toBe('Final words');

			const audit = await admin.audit.list({ action: 'draft.publish' });
			expect(audit[0]).toMatchObject({
				subjectType: kind,
				subjectId: slug,
				revisionIds: [revisionId]
			});
		}
	);
});
