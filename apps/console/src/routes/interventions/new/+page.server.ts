import { formErrors, readForm, sentFields, fieldOf, textOf } from '@whatworks/ui';
import { createApi } from '$lib/server/api';
import { refusal } from '$lib/server/refusal';
import { fail, redirect } from '@sveltejs/kit';
import { interventionContentSchema, newInterventionContent } from '@whatworks/domain';
import type { Actions } from './$types';

export const actions = {
	/** Starts the draft of a new intervention: its name and summary, the rest written in the draft. */
	default: async (event) => {
		const form = await event.request.formData();
		// The form sends three of the content's fields, by their paths; the rest starts empty, and a
		// web address left blank is made from the name.
		const sent = readForm(form, interventionContentSchema);
		const text = (field: string) => textOf(fieldOf(sent, field)).trim();
		const start = newInterventionContent({
			name: text('name'),
			summary: text('summary'),
			slug: text('slug')
		});
		const content = interventionContentSchema.safeParse(start);
		if (!content.success) {
			// An address made from a missing name is the name's problem, named once, on the name.
			const noName = start.name === '' && start.slug === '';
			const issues = content.error.issues.filter((issue) => !(noName && issue.path[0] === 'slug'));
			// The summary follows the page from top to bottom; the schema names the address first.
			const shown = [...form.keys()];
			const errors = formErrors(issues, interventionContentSchema).sort(
				(a, b) => shown.indexOf(a.field) - shown.indexOf(b.field)
			);
			return fail(400, { errors, typed: sentFields(form) });
		}
		let draftId: number;
		try {
			({ draftId } = await createApi(event).drafts.create.mutate({
				kind: 'intervention',
				content: content.data
			}));
		} catch (cause) {
			return refusal(cause, 'slug', { typed: sentFields(form) });
		}
		redirect(303, `/drafts/${draftId}`);
	}
} satisfies Actions;
