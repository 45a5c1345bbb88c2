import { readText } from '$lib/forms';
import { formErrors, readForm, sentFields } from '@whatworks/ui';
import { createApi, fromApi } from '$lib/server/api';
import { draftIdOf } from '$lib/server/draft';
import { attachmentActions } from '$lib/server/draft-attachments';
import { loadRecordOptions } from '$lib/server/record-options';
import { refusal } from '$lib/server/refusal';
import { error, fail, redirect } from '@sveltejs/kit';
import {
	announceableMonths,
	announceInputSchema,
	contentKinds,
	contentSchemas,
	diffContent,
	kindedContentSchema,
	transitionInputSchema,
	type Draft
} from '@whatworks/domain';
import type { Api } from '@whatworks/sveltekit-bridge';
import type { Actions, PageServerLoad } from './$types';

/** Two revisions compared (`?compare=older,newer`), or by default the live item with the latest. */
async function comparisonOf(api: Api, draft: Draft, url: URL) {
	const [a, b] = (url.searchParams.get('compare') ?? '').split(',').map(Number);
	const numberOf = (id: number | undefined) => draft.revisions.find((r) => r.id === id)?.number;
	if (numberOf(a) && numberOf(b)) {
		const [before, after] = await fromApi(
			Promise.all([
				api.drafts.revision.query({ draftId: draft.id, revisionId: a as number }),
				api.drafts.revision.query({ draftId: draft.id, revisionId: b as number })
			])
		);
		return {
			label: `revision ${numberOf(a)} with revision ${numberOf(b)}`,
			changes: diffContent(draft.kind, before.content, after.content)
		};
	}
	if (!draft.live) return null;
	return {
		label: 'what readers see now with this draft',
		changes: diffContent(draft.kind, draft.live, draft.latest.content)
	};
}

export const load: PageServerLoad = async (event) => {
	const draftId = draftIdOf(event.params);
	const api = createApi(event);
	const draft = await fromApi(api.drafts.get.query({ draftId }), 'There is no such draft.');
	return {
		draft,
		options:
			draft.kind === 'intervention' ? null : await fromApi(loadRecordOptions(api, draft.kind)),
		comparison: await comparisonOf(api, draft, event.url),
		// Worked out on the server, in London, so the page offers the months the API accepts.
		announceableMonths: announceableMonths(new Date())
	};
};

export const actions = {
	/** Saves the form onto the revision it was opened on; a colleague's later save is never overwritten. */
	save: async (event) => {
		const draftId = draftIdOf(event.params);
		const form = await event.request.formData();
		const baseRevisionId = Number(readText(form, 'baseRevisionId'));
		const api = createApi(event);
		const base = await fromApi(
			api.drafts.revision.query({ draftId, revisionId: baseRevisionId }),
			'There is no such revision.'
		);
		// One reader for every kind: the fields the form sends, onto the revision it was opened on.
		const schema = contentSchemas[base.kind];
		const typed = readForm(form, schema, base.content);
		const input = kindedContentSchema.safeParse({ kind: base.kind, content: typed });
		if (!input.success) {
			const issues = input.error.issues.map((issue) => ({ ...issue, path: issue.path.slice(1) }));
			return fail(400, { errors: formErrors(issues, schema, typed), typed });
		}
		try {
			await api.drafts.save.mutate({ draftId, baseRevisionId, ...input.data });
		} catch (cause) {
			// Nothing is lost: the form comes back with what was typed, and the message says why.
			return refusal(cause, contentKinds[base.kind].titleField, { typed });
		}
		return { saved: true };
	},

	...attachmentActions,

	move: async (event) => {
		const draftId = draftIdOf(event.params);
		const form = await event.request.formData();
		// What was typed comes back with a refusal, so a note or comment is not lost.
		const sent = sentFields(form);
		const input = transitionInputSchema.safeParse(
			readForm(form, transitionInputSchema, { draftId })
		);
		if (!input.success) {
			if (input.error.issues.some((issue) => issue.path[0] === 'action'))
				error(400, 'Unknown action');
			return fail(400, { errors: formErrors(input.error.issues, transitionInputSchema), sent });
		}
		let moved: { state: string | null };
		try {
			moved = await createApi(event).drafts.transition.mutate(input.data);
		} catch (cause) {
			// On the field the API names (a missing change note); else on the workflow's heading.
			return refusal(cause, 'workflow', { sent });
		}
		// A discarded draft is gone: back to the dashboard.
		if (moved.state === null) redirect(303, '/');
		return { moved: input.data.action };
	},

	/** Shows a new intervention as coming soon, as the latest revision describes it. */
	announce: async (event) => {
		const draftId = draftIdOf(event.params);
		const form = await event.request.formData();
		const input = announceInputSchema.safeParse(readForm(form, announceInputSchema, { draftId }));
		if (!input.success) {
			return fail(400, { errors: formErrors(input.error.issues, announceInputSchema) });
		}
		try {
			await createApi(event).drafts.announce.mutate(input.data);
		} catch (cause) {
			return refusal(cause, 'expectedMonth');
		}
		return { announced: true };
	},

	unannounce: async (event) => {
		try {
			await createApi(event).drafts.unannounce.mutate({ draftId: draftIdOf(event.params) });
		} catch (cause) {
			return refusal(cause, 'expectedMonth');
		}
		return { unannounced: true };
	},

	/** A new draft of an unpublished (or published) item, from what readers saw last. */
	reopen: async (event) => {
		const api = createApi(event);
		const draft = await fromApi(api.drafts.get.query({ draftId: draftIdOf(event.params) }));
		if (draft.targetSlug === null) error(409, 'This item was never published.');
		const started = await fromApi(
			api.drafts.start.mutate({ kind: draft.kind, slug: draft.targetSlug })
		);
		redirect(303, `/drafts/${started.draftId}`);
	},

	restore: async (event) => {
		const draftId = draftIdOf(event.params);
		const form = await event.request.formData();
		const revisionId = Number(readText(form, 'revisionId'));
		const api = createApi(event);
		try {
			const old = await api.drafts.revision.query({ draftId, revisionId });
			// Based on the revision the page showed: a colleague's later save is never overwritten.
			await api.drafts.save.mutate({
				draftId,
				baseRevisionId: Number(readText(form, 'baseRevisionId')),
				...old
			});
		} catch (cause) {
			return refusal(cause, 'revisions');
		}
		return { restored: revisionId };
	}
} satisfies Actions;
