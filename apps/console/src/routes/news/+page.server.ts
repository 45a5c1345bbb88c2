import { createApi, fromApi } from '$lib/server/api';
import { openDraft } from '$lib/server/open-draft';
import { newsKinds } from '$lib/research-kinds';
import { isOpenDraftState } from '@whatworks/domain';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const api = createApi(event);
	const [news, authors, drafts] = await fromApi(
		Promise.all([
			api.news.all.query(),
			api.news.authors.query(),
			api.drafts.list.query({ kinds: [...newsKinds] })
		])
	);
	return { news, authors, drafts: drafts.filter((draft) => isOpenDraftState(draft.state)) };
};

export const actions = { edit: openDraft } satisfies Actions;
