import { createApi, fromApi } from '$lib/server/api';
import { openDraft } from '$lib/server/open-draft';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	partners: await fromApi(createApi(event).partners.list.query())
});

export const actions = { edit: openDraft } satisfies Actions;
