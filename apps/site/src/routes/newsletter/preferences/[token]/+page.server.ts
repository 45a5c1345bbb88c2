import { createApi, createApiFor, fromApi } from '$lib/server/api';
import { linkPageHeaders, linkToken } from '$lib/server/newsletter-links';
import { error, fail } from '@sveltejs/kit';
import { preferencesInputSchema } from '@whatworks/domain';
import { apiErrorCode, readFormData } from '@whatworks/sveltekit-bridge';
import { formErrors, readForm } from '@whatworks/ui';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	setHeaders(linkPageHeaders);
	const token = linkToken(params.token);
	return fromApi(
		createApi().subscriptions.preferences.mutate({ token }),
		'This link does not work. Check that you copied the whole link from the email.'
	);
};

/** The API's refusal of a signed link, as the page shows it; anything else is a 503. */
function linkRefusal(cause: unknown) {
	const code = apiErrorCode(cause);
	if ((code === 'NOT_FOUND' || code === 'CONFLICT') && cause instanceof Error) {
		return fail(code === 'CONFLICT' ? 409 : 404, { problem: cause.message });
	}
	error(503, 'Changing your emails is not available at the moment. Please try again later.');
}

export const actions = {
	save: async (event) => {
		const token = linkToken(event.params.token);
		const form = await readFormData(event.request);
		form.set('token', token);
		const value = readForm(form, preferencesInputSchema);
		const change = preferencesInputSchema.safeParse(value);
		if (!change.success) {
			return fail(400, {
				topics: (value as { topics?: string[] }).topics ?? [],
				errors: formErrors(change.error.issues, preferencesInputSchema, value)
			});
		}
		try {
			await createApiFor(event).subscriptions.changePreferences.mutate(change.data);
			return { saved: true as const };
		} catch (cause) {
			return linkRefusal(cause);
		}
	},
	leave: async (event) => {
		const token = linkToken(event.params.token);
		try {
			await createApiFor(event).subscriptions.unsubscribe.mutate({ token });
			return { left: true as const };
		} catch (cause) {
			return linkRefusal(cause);
		}
	}
} satisfies Actions;
