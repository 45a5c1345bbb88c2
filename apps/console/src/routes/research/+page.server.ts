import { createApi, fromApi } from '$lib/server/api';
import { refusal } from '$lib/server/refusal';
import { readText } from '$lib/forms';
import { redirect } from '@sveltejs/kit';
import { recordKindSchema } from '@whatworks/domain';
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

export const actions = {
	/** Opens the draft of a live record (the one in progress, or a new one). */
	edit: async (event) => {
		const form = await event.request.formData();
		const slug = readText(form, 'slug');
		const kind = recordKindSchema.safeParse(readText(form, 'kind'));
		let id: number;
		try {
			if (!kind.success) throw kind.error;
			({ id } = await createApi(event).records.start.mutate({ kind: kind.data, slug }));
		} catch (cause) {
			return refusal(cause, `edit-${kind.data ?? ''}-${slug}`);
		}
		redirect(303, `/record-drafts/${id}`);
	}
} satisfies Actions;
