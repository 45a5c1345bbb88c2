import { fieldErrors, readText } from '$lib/forms';
import { readPublicationForm } from '$lib/publication-form';
import { createApi, fromApi } from '$lib/server/api';
import { refusal } from '$lib/server/refusal';
import { error, fail, redirect } from '@sveltejs/kit';
import { publicationContentSchema, workflowActionSchema } from '@whatworks/domain';
import type { Actions, PageServerLoad } from './$types';

function draftId(param: string): number {
	const id = Number(param);
	if (!Number.isInteger(id) || id < 1) error(404, 'There is no such draft.');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const api = createApi(event);
	const [draft, projects, interventions] = await fromApi(
		Promise.all([
			api.records.get.query({ id: draftId(event.params.id) }),
			api.projects.list.query(),
			api.interventions.list.query()
		]),
		'There is no such draft.'
	);
	return {
		draft,
		projects: projects.map(({ slug, name }) => ({ slug, name })),
		interventions: interventions.map(({ slug, name }) => ({ slug, name }))
	};
};

export const actions = {
	save: async (event) => {
		const id = draftId(event.params.id);
		const typed = readPublicationForm(await event.request.formData());
		const content = publicationContentSchema.safeParse(typed);
		if (!content.success) return fail(400, { errors: fieldErrors(content.error.issues), typed });
		try {
			await createApi(event).records.save.mutate({ id, content: content.data });
		} catch (cause) {
			return refusal(cause, 'title', { typed });
		}
		return { saved: true };
	},
	transition: async (event) => {
		const id = draftId(event.params.id);
		const form = await event.request.formData();
		const action = workflowActionSchema.safeParse(readText(form, 'action'));
		if (!action.success)
			return fail(400, { errors: [{ field: 'workflow', message: 'Choose what to do' }] });
		const changeNote = readText(form, 'changeNote').trim();
		const note = {
			minor: readText(form, 'minor') === 'yes',
			...(changeNote ? { changeNote } : {})
		};
		let state: string | null;
		try {
			({ state } = await createApi(event).records.transition.mutate({
				id,
				action: action.data,
				note
			}));
		} catch (cause) {
			return refusal(cause, action.data === 'publish' ? 'changeNote' : 'workflow');
		}
		if (state === null) redirect(303, '/publications');
		return { moved: state };
	}
} satisfies Actions;
