import { createApi, fromApi } from '$lib/server/api';
import { openDraft } from '$lib/server/open-draft';
import { isOpenDraftState } from '@whatworks/domain';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const api = createApi(event);
	const [issues, drafts] = await fromApi(
		Promise.all([api.newsletters.list.query(), api.drafts.list.query({ kinds: ['newsletter'] })])
	);
	return { issues, drafts: drafts.filter((draft) => isOpenDraftState(draft.state)) };
};

export const actions = { edit: openDraft } satisfies Actions;
