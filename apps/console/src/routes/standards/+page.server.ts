import { createApi, fromApi } from '$lib/server/api';
import { refusal } from '$lib/server/refusal';
import { readText } from '$lib/forms';
import { formErrors, readForm } from '@whatworks/ui';
import { standardsRepublishInputSchema } from '@whatworks/domain';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

/** The dry run: what republishing under the code's Evidence Standards would change. */
export const load: PageServerLoad = async (event) => ({
	dryRun: await fromApi(createApi(event).ratings.dryRun.query())
});

export const actions = {
	/**
	 * Republishes every pending rating in one step, naming the dry run the reviewer saw. When the
	 * ratings moved since, the refusal says so above the list, which the page shows afresh; the
	 * change note typed is kept.
	 */
	republish: async (event) => {
		const form = await event.request.formData();
		const typed = { changeNote: readText(form, 'changeNote') };
		const input = standardsRepublishInputSchema.safeParse(
			readForm(form, standardsRepublishInputSchema)
		);
		if (!input.success) {
			const errors = formErrors(input.error.issues, standardsRepublishInputSchema).map((error) =>
				error.field === 'fingerprint' ? { ...error, field: 'changes' } : error
			);
			return fail(400, { ...typed, errors });
		}
		try {
			return { republished: await createApi(event).ratings.republish.mutate(input.data) };
		} catch (cause) {
			return refusal(cause, 'changes', typed);
		}
	}
} satisfies Actions;
