import { linkAction, loadLinkPage } from '$lib/server/newsletter-links';
import type { Actions } from './$types';

// Following the link only shows a page: a mail scanner fetching it confirms nothing. The page
// posts itself (one tiny script) or, without JavaScript, offers the button that does.
export const load = loadLinkPage;

export const actions = {
	default: linkAction(
		(api, token) => api.subscriptions.confirm.mutate({ token }),
		'Confirming is not available at the moment. Please try the link again later.'
	)
} satisfies Actions;
