import { checkSignIn } from '$lib/sign-in';
import { fail } from '@sveltejs/kit';
import type { Actions } from './$types';

export const actions = {
	default: async ({ request }) => {
		const check = checkSignIn(await request.formData());
		if (!check.ok) {
			return fail(400, { email: check.email, errors: check.errors, unavailable: false });
		}
		// Staff accounts arrive in a later release. Until then no credentials can be right, and we
		// say so plainly rather than pretend to check them or to sign anyone in.
		return fail(503, { email: check.email, errors: [], unavailable: true });
	}
} satisfies Actions;
