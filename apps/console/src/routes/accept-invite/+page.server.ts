import { apiErrorCode, createApi } from '$lib/server/api';
import { readText } from '$lib/forms';
import { formErrors } from '@whatworks/ui';
import { acceptInviteInputSchema } from '@whatworks/domain';
import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token') ?? '' });

export const actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const password = readText(form, 'password');
		if (password !== readText(form, 'confirm')) {
			return fail(400, { errors: [{ field: 'confirm', message: 'The passwords do not match' }] });
		}
		const input = acceptInviteInputSchema.safeParse({ token: readText(form, 'token'), password });
		if (!input.success)
			return fail(400, { errors: formErrors(input.error.issues, acceptInviteInputSchema) });
		try {
			await createApi(event).auth.acceptInvite.mutate(input.data);
		} catch (cause) {
			if (apiErrorCode(cause) === 'BAD_REQUEST') {
				const message = cause instanceof Error ? cause.message : 'Check the password';
				const field = /link/.test(message) ? 'token' : 'password';
				return fail(400, { errors: [{ field, message }] });
			}
			error(503, 'Accepting invites is not available at the moment. Please try again later.');
		}
		redirect(303, '/sign-in?invited=1');
	}
} satisfies Actions;
