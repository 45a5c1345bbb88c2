import { env } from '$env/dynamic/private';
import { error, type RequestEvent } from '@sveltejs/kit';
import { slugSchema } from '@whatworks/domain';
import { createApiClient, type Api } from '@whatworks/sveltekit-bridge';

export { fromApi } from '@whatworks/sveltekit-bridge';

/** A client of the evidence API for one request. */
export function createApi(): Api {
	return createApiClient({ baseUrl: env.WHATWORKS_API_URL });
}

/**
 * A client acting for the reader who sent a form, naming their network address as the API
 * trusts us to (it throttles sign-ups by it).
 */
export function createApiFor(event: Pick<RequestEvent, 'getClientAddress'>): Api {
	return createApiClient({
		baseUrl: env.WHATWORKS_API_URL,
		headers: { 'x-forwarded-for': event.getClientAddress() }
	});
}

/**
 * The slug in a page's address; a malformed one cannot name anything, so it is a 404 with
 * `notFound` without asking the API.
 */
export function pageSlug(raw: string, notFound: string): string {
	const slug = slugSchema.safeParse(raw);
	if (!slug.success) error(404, notFound);
	return slug.data;
}
