import { createApi, fromApi } from '$lib/server/api';
import { openRecordDraft } from '$lib/server/record-actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const api = createApi(event);
	const [programmes, projects, publications, drafts] = await fromApi(
		Promise.all([
			api.programmes.list.query(),
			api.projects.list.query(),
			api.publications.list.query(),
			api.records.list.query()
		])
	);
	return { programmes, projects, publications, drafts };
};

export const actions = { edit: openRecordDraft } satisfies Actions;
