import { createApi, fromApi } from '$lib/server/api';
import { readText } from '$lib/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	sessions: await fromApi(createApi(event).sessions.list.query())
});

export const actions = {
	revoke: async (event) => {
		const id = Number(readText(await event.request.formData(), 'id'));
		return fromApi(createApi(event).sessions.revoke.mutate({ id }));
	}
} satisfies Actions;
