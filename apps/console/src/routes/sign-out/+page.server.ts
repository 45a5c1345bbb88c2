import { createApi } from '$lib/server/api';
import { clearSessionCookie } from '$lib/server/session';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

// Signing out changes state, so it is a POST (a form button); a GET just goes home.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions = {
	default: async (event) => {
		// The session ends on the server first; the cookie goes whatever the API says.
		await createApi(event)
			.auth.signOut.mutate()
			.catch((cause: unknown) =>
				console.error(`Sign-out failed: ${cause instanceof Error ? cause.message : String(cause)}`)
			);
		clearSessionCookie(event.cookies, event.url);
		redirect(303, '/sign-in');
	}
} satisfies Actions;
