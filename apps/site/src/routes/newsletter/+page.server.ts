import { createApiFor } from '$lib/server/api';
import { error, fail, redirect } from '@sveltejs/kit';
import { signUpInputSchema } from '@whatworks/domain';
import { formErrors, readForm } from '@whatworks/ui';
import { apiErrorCode, readFormData } from '@whatworks/sveltekit-bridge';
import type { Actions } from './$types';

export const actions = {
	default: async (event) => {
		const form = await readFormData(event.request);
		const value = readForm(form, signUpInputSchema);
		const signUp = signUpInputSchema.safeParse(value);
		const typed = value as { email?: string; topics?: string[] };
		const refused = (status: number, errors: { field: string; message: string }[]) =>
			fail(status, { email: typed.email ?? '', topics: typed.topics ?? [], errors });
		if (!signUp.success) {
			return refused(400, formErrors(signUp.error.issues, signUpInputSchema, value));
		}
		try {
			await createApiFor(event).subscriptions.signUp.mutate(signUp.data);
		} catch (cause) {
			if (apiErrorCode(cause) === 'TOO_MANY_REQUESTS' && cause instanceof Error) {
				return refused(429, [{ field: 'email', message: cause.message }]);
			}
			console.error(`Sign-up failed: ${cause instanceof Error ? cause.message : String(cause)}`);
			error(503, 'Signing up is not available at the moment. Please try again in a few minutes.');
		}
		redirect(303, '/newsletter/check-your-email');
	}
} satisfies Actions;
