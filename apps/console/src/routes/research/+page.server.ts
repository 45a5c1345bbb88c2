import { createApi, fromApi } from '$lib/server/api';
import { openDraft } from '$lib/server/open-draft';
import { researchPageKinds } from '$lib/research-kinds';
import { isOpenDraftState } from '@whatworks/domain';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const api = createApi(event);
	const [programmes, projects, publications, drafts] = await fromApi(
		Promise.all([
			api.programmes.list.query(),
			api.projects.list.query(),
			api.publications.list.query(),
			api.drafts.list.query({ kinds: researchPageKinds })
		])
	);
	const open = drafts.filter((draft) => isOpenDraftState(draft.state));
	return { programmes, projects, publications, drafts: open };
};

export const actions = { edit: openDraft } satisfies Actions;
