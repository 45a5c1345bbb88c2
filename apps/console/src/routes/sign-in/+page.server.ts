import { apiErrorCode, createApi } from '$lib/server/api';
import { setSessionCookie } from '$lib/server/session';
import { checkSignIn, nextPath } from '$lib/sign-in';
import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions } from './$types';

export const actions = {
	default: async (event) => {
		const check = checkSignIn(await event.request.formData());
		if (!check.ok) return fail(400, { email: check.email, errors: check.errors });
		try {
			const signedIn = await createApi(event).auth.signIn.mutate({
				email: check.email,
				password: check.password
			});
			setSessionCookie(event.cookies, event.url, signedIn.token, new Date(signedIn.expiresAt));
		} catch (cause) {
			const code = apiErrorCode(cause);
			if (code === 'UNAUTHORIZED' || code === 'TOO_MANY_REQUESTS') {
				const message = cause instanceof Error ? cause.message : 'Sign-in failed';
				return fail(code === 'UNAUTHORIZED' ? 400 : 429, {
					email: check.email,
					errors: [{ field: 'email' as const, message }]
				});
			}
			console.error(`Sign-in failed: ${cause instanceof Error ? cause.message : String(cause)}`);
			error(503, 'Signing in is not available at the moment. Please try again in a few minutes.');
		}
		redirect(303, nextPath(event.url));
	}
} satisfies Actions;
