import { createApi, fromApi } from '$lib/server/api';
import { openRecordDraft } from '$lib/server/record-actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	partners: await fromApi(createApi(event).partners.list.query())
});

export const actions = { edit: openRecordDraft } satisfies Actions;
