import { readText } from '$lib/forms';
import { formErrors } from '$lib/read-form';
import { createApi } from '$lib/server/api';
import { refusal } from '$lib/server/refusal';
import { fail, redirect } from '@sveltejs/kit';
import { interventionContentSchema, newInterventionContent } from '@whatworks/domain';
import type { Actions } from './$types';

/** The fields in the order the form shows them, for the error summary. */
const formOrder = ['name', 'summary', 'slug'];

export const actions = {
	/** Starts the draft of a new intervention: its name and summary, the rest written in the draft. */
	default: async (event) => {
		const form = await event.request.formData();
		const typed = {
			name: readText(form, 'name'),
			summary: readText(form, 'summary'),
			slug: readText(form, 'slug')
		};
		const content = interventionContentSchema.safeParse(
			newInterventionContent({
				name: typed.name.trim(),
				summary: typed.summary.trim(),
				slug: typed.slug.trim()
			})
		);
		if (!content.success) {
			const errors = formErrors(content.error.issues, interventionContentSchema);
			// A web address made from a missing name is the name's problem, named once on the name.
			const fromName = typed.slug.trim() === '' && errors.some((e) => e.field === 'name');
			const shown = errors.filter((e) => !(fromName && e.field === 'slug'));
			shown.sort((a, b) => formOrder.indexOf(a.field) - formOrder.indexOf(b.field));
			return fail(400, { errors: shown, typed });
		}
		let draftId: number;
		try {
			({ draftId } = await createApi(event).drafts.create.mutate({
				kind: 'intervention',
				content: content.data
			}));
		} catch (cause) {
			return refusal(cause, 'slug', { typed });
		}
		redirect(303, `/drafts/${draftId}`);
	}
} satisfies Actions;
