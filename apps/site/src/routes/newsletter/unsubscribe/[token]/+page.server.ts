import { createApiFor } from '$lib/server/api';
import { linkPageHeaders, linkToken } from '$lib/server/newsletter-links';
import { error, fail } from '@sveltejs/kit';
import { apiErrorCode } from '@whatworks/sveltekit-bridge';
import type { Actions, PageServerLoad } from './$types';

// Following the link asks first, so a mail scanner fetching it unsubscribes nobody.
export const load: PageServerLoad = ({ params, setHeaders }) => {
	linkToken(params.token);
	setHeaders(linkPageHeaders);
};

export const actions = {
	// The button on the page, and a mail program's one-click unsubscribe: a POST of
	// "List-Unsubscribe=One-Click" to this address (RFC 8058). Either way, the address is unsubscribed.
	default: async (event) => {
		const token = linkToken(event.params.token);
		try {
			await createApiFor(event).subscriptions.unsubscribe.mutate({ token });
			return { unsubscribed: true as const };
		} catch (cause) {
			if (apiErrorCode(cause) === 'NOT_FOUND' && cause instanceof Error) {
				return fail(404, { problem: cause.message });
			}
			error(
				503,
				'Unsubscribing is not available at the moment. Please try again in a few minutes.'
			);
		}
	}
} satisfies Actions;
