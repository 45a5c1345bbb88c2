import { currentContentVersion } from '$lib/server/content-version';
import { PageCache, type PageCopy } from '$lib/server/page-cache';
import type { Handle } from '@sveltejs/kit';
import { logOwnFailures } from '@whatworks/sveltekit-bridge';
import { sequence } from '@sveltejs/kit/hooks';

/** Room for a few thousand pages: those readers are reading now, not the whole store. */
const pages = new PageCache({ maxBytes: 128 * 1024 * 1024 });

/**
 * Serves a copy of a page rendered for an earlier reader while the API says nothing has been
 * published since (one small request instead of rendering). Every page of the site is public
 * and the same for every reader, so a page's address is all that tells copies apart.
 */
const servePageCopies: Handle = async ({ event, resolve }) => {
	// An address no route answers is a 404, never copied: no need to ask for the version.
	if (event.request.method !== 'GET' || event.isDataRequest || !event.route.id) {
		return resolve(event);
	}
	const current = await currentContentVersion();
	if (!current) return resolve(event);

	const address = event.url.pathname + event.url.search;
	const copy = pages.get(address, current);
	// SvelteKit answers "not modified" to a browser that has the copy's ETag already.
	if (copy) return sendCopy(copy);

	const renderedAt = Date.now();
	const response = await resolve(event);
	if (!isCopyable(response)) return response;
	const body = new Uint8Array(await response.arrayBuffer());
	pages.set(address, {
		body,
		headers: [...response.headers],
		version: current.version,
		renderedAt
	});
	const headers = new Headers(response.headers);
	headers.set('x-cache', 'MISS');
	return new Response(body, { status: 200, headers });
};

/** Only whole pages, the same for everyone: not downloads, errors or anything setting a cookie. */
function isCopyable(response: Response): boolean {
	return (
		response.status === 200 &&
		response.headers.get('x-sveltekit-page') === 'true' &&
		!response.headers.has('set-cookie')
	);
}

function sendCopy(copy: PageCopy): Response {
	const headers = new Headers(copy.headers);
	headers.set('x-cache', 'HIT');
	return new Response(copy.body, { status: 200, headers });
}

/** Security headers for every response (the CSP itself comes from svelte.config.js). */
const setSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	return response;
};

export const handle = sequence(servePageCopies, setSecurityHeaders);

export const handleError = logOwnFailures;
