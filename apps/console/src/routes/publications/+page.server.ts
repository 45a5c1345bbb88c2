import { createApi, fromApi } from '$lib/server/api';
import { refusal } from '$lib/server/refusal';
import { readText } from '$lib/forms';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const api = createApi(event);
	const [publications, drafts] = await fromApi(
		Promise.all([api.publications.list.query(), api.records.list.query()])
	);
	return { publications, drafts };
};

export const actions = {
	/** Opens the draft of a live publication (the one in progress, or a new one). */
	edit: async (event) => {
		const slug = readText(await event.request.formData(), 'slug');
		let id: number;
		try {
			({ id } = await createApi(event).records.startPublication.mutate({ slug }));
		} catch (cause) {
			return refusal(cause, `edit-${slug}`);
		}
		redirect(303, `/record-drafts/${id}`);
	}
} satisfies Actions;
