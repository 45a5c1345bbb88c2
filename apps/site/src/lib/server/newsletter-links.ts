import { error } from '@sveltejs/kit';
import { linkTokenSchema } from '@whatworks/domain';

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
