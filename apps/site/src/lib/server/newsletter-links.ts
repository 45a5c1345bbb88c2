import { createApiFor } from '$lib/server/api';
import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { linkTokenSchema } from '@whatworks/domain';
import { apiErrorCode } from '@whatworks/sveltekit-bridge';
import type { Api } from '@whatworks/sveltekit-bridge';

/**
 * The headers of a page reached by a signed link from an email: never kept by any cache (the
 * front server's included) and never sent to another site as a referrer, since its address is a
 * key. (`no-referrer` would also make the browser send `Origin: null` with the page's own form,
 * which the site refuses as cross-site.)
 */
export const linkPageHeaders = {
	'cache-control': 'private, no-store',
	'referrer-policy': 'same-origin',
	'x-robots-tag': 'noindex'
};

/** The token in a signed link's address; one that cannot be a token is a 404 at once. */
export function linkToken(raw: string): string {
	const token = linkTokenSchema.safeParse(raw);
	if (!token.success) {
		error(404, 'This link does not work. Check that you copied the whole link from the email.');
	}
	return token.data;
}

/** A signed link's page as a GET shows it: it only asks, so fetching the link changes nothing. */
export function loadLinkPage({
	params,
	setHeaders
}: Pick<RequestEvent<{ token: string }>, 'params' | 'setHeaders'>): void {
	linkToken(params.token);
	// Here, as `load` runs after each action too (which may not set them again).
	setHeaders(linkPageHeaders);
}

/**
 * The action of a signed link's page: does what the link is for through the API, answering
 * `{ done }` with what it returned, or the sentence saying why the link does not work.
 */
export function linkAction<T extends object>(
	act: (api: Api, token: string) => Promise<T>,
	unavailable: string
) {
	return async (event: RequestEvent<{ token: string }>) => {
		const token = linkToken(event.params.token);
		try {
			return { done: true as const, ...(await act(createApiFor(event), token)) };
		} catch (cause) {
			if (apiErrorCode(cause) === 'NOT_FOUND' && cause instanceof Error) {
				return fail(404, { problem: cause.message });
			}
			error(503, unavailable);
		}
	};
}
