import { fieldErrors } from '$lib/forms';
import { readPublicationForm } from '$lib/publication-form';
import { createApi, fromApi } from '$lib/server/api';
import { refusal } from '$lib/server/refusal';
import { fail, redirect } from '@sveltejs/kit';
import { publicationContentSchema } from '@whatworks/domain';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const api = createApi(event);
	const [projects, interventions] = await fromApi(
		Promise.all([api.projects.list.query(), api.interventions.list.query()])
	);
	return {
		projects: projects.map(({ slug, name }) => ({ slug, name })),
		interventions: interventions.map(({ slug, name }) => ({ slug, name }))
	};
};

export const actions = {
	default: async (event) => {
		const typed = readPublicationForm(await event.request.formData());
		const input = publicationContentSchema.safeParse(typed);
		if (!input.success) return fail(400, { errors: fieldErrors(input.error.issues), typed });
		let id: number;
		try {
			({ id } = await createApi(event).records.createPublication.mutate(input.data));
		} catch (cause) {
			return refusal(cause, 'title', { typed });
		}
		redirect(303, `/record-drafts/${id}`);
	}
} satisfies Actions;
