import { createApiFor } from '$lib/server/api';
import { linkPageHeaders, linkToken } from '$lib/server/newsletter-links';
import { error, fail } from '@sveltejs/kit';
import { apiErrorCode } from '@whatworks/sveltekit-bridge';
import type { Actions, PageServerLoad } from './$types';

// Following the link only shows a page: a mail scanner fetching it confirms nothing. The page
// posts itself (one tiny script) or, without JavaScript, offers the button that does. Its headers
// are set here, as `load` runs after each action too.
export const load: PageServerLoad = ({ params, setHeaders }) => {
	linkToken(params.token);
	setHeaders(linkPageHeaders);
};

export const actions = {
	default: async (event) => {
		const token = linkToken(event.params.token);
		try {
			const { topics } = await createApiFor(event).subscriptions.confirm.mutate({ token });
			return { confirmed: true as const, topics };
		} catch (cause) {
			if (apiErrorCode(cause) === 'NOT_FOUND' && cause instanceof Error) {
				return fail(404, { problem: cause.message });
			}
			error(503, 'Confirming is not available at the moment. Please try the link again later.');
		}
	}
} satisfies Actions;
