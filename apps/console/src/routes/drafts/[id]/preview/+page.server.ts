import { createApi, fromApi } from '$lib/server/api';
import { draftIdOf } from '$lib/server/draft';
import { refusal } from '$lib/server/refusal';
import { apiErrorCode } from '$lib/server/api';
import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const draftId = draftIdOf(event.params);
	const api = createApi(event);
	const draft = await fromApi(api.drafts.get.query({ draftId }), 'There is no such draft.');
	if (draft.kind !== 'newsletter') error(404, 'Only an e-newsletter draft has this preview.');
	try {
		return { draft, preview: await api.newsletters.preview.query({ draftId }), problem: null };
	} catch (cause) {
		// An item whose page readers cannot see: the editor is told which, on the preview page.
		if (apiErrorCode(cause) !== 'BAD_REQUEST') throw cause;
		return { draft, preview: null, problem: cause instanceof Error ? cause.message : '' };
	}
};

export const actions = {
	/** Sends the draft, marked as a test, to the member of staff asking. */
	test: async (event) => {
		try {
			return await createApi(event).newsletters.sendTest.mutate({
				draftId: draftIdOf(event.params)
			});
		} catch (cause) {
			return refusal(cause, 'test');
		}
	}
} satisfies Actions;
