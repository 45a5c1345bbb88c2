import { linkAction, loadLinkPage } from '$lib/server/newsletter-links';
import type { Actions } from './$types';

// Following the link asks first, so a mail scanner fetching it unsubscribes nobody.
export const load = loadLinkPage;

export const actions = {
	// The button on the page, and a mail program's one-click unsubscribe: a POST of
	// "List-Unsubscribe=One-Click" to this address (RFC 8058). Either way, the address is unsubscribed.
	default: linkAction(
		(api, token) => api.subscriptions.unsubscribe.mutate({ token }),
		'Unsubscribing is not available at the moment. Please try again in a few minutes.'
	)
} satisfies Actions;
