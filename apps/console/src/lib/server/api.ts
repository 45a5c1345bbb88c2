import { env } from '$env/dynamic/private';
import type { RequestEvent } from '@sveltejs/kit';
import { createApiClient, type Api } from '@whatworks/sveltekit-bridge';
import { sessionCookieName } from './session';

export { apiErrorCode, apiErrorField, fromApi } from '@whatworks/sveltekit-bridge';

export type ApiEvent = Pick<
	RequestEvent,
	'fetch' | 'cookies' | 'request' | 'url' | 'getClientAddress'
>;

/**
 * The headers every call to the API carries, acting for whoever is signed in: their session token
 * as a bearer token (the API never reads cookies), and their address and browser as the forwarded
 * headers the API trusts from us.
 */
export function apiHeaders(event: ApiEvent): Record<string, string> {
	const token = event.cookies.get(sessionCookieName(event.url));
	const headers: Record<string, string> = { 'x-forwarded-for': event.getClientAddress() };
	const userAgent = event.request.headers.get('user-agent');
	if (userAgent) headers['x-client-user-agent'] = userAgent;
	if (token) headers.authorization = `Bearer ${token}`;
	return headers;
}

/** A client of the evidence API for one request, with {@link apiHeaders}. */
export function createApi(event: ApiEvent): Api {
	return createApiClient({
		baseUrl: env.WHATWORKS_API_URL,
		headers: apiHeaders(event)
	});
}
