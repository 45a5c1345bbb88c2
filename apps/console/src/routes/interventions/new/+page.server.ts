import { fieldErrors, readText } from '$lib/forms';
import { createApi } from '$lib/server/api';
import { refusal } from '$lib/server/refusal';
import { fail, redirect } from '@sveltejs/kit';
import { createInterventionInputSchema } from '@whatworks/domain';
import type { Actions } from './$types';

export const actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const typed = { name: readText(form, 'name'), summary: readText(form, 'summary') };
		const input = createInterventionInputSchema.safeParse({
			name: typed.name.trim(),
			summary: typed.summary.trim()
		});
		if (!input.success) return fail(400, { errors: fieldErrors(input.error.issues), typed });
		let editionId: number;
		try {
			({ editionId } = await createApi(event).editorial.create.mutate(input.data));
		} catch (cause) {
			return refusal(cause, 'name', { typed });
		}
		redirect(303, `/editions/${editionId}`);
	}
} satisfies Actions;
