import type { Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { usePlainErrorMessages } from '@whatworks/domain';
import { logOwnFailures } from '@whatworks/sveltekit-bridge';
import { encodePage } from '$lib/server/encoded-page';
import { chooseEncoding, isCompressible, type Encoding } from '$lib/server/encoding';
import {
	isAnonymousRead,
	sharedPageCopies,
	type EncodedPage,
	type PageCopy
} from '$lib/server/page-copies';

// Forms refused here say what to do in plain English, as the API's refusals do.
usePlainErrorMessages();

const copies = sharedPageCopies();

/**
 * Sends every page and text answer compressed as the browser accepts it, and keeps each public
 * page, in every encoding, for the front server (src/front) to answer the next readers with
 * before SvelteKit is involved. Every page of the site is the same for every reader, so its
 * address is all that tells copies apart.
 */
const compressAndCopy: Handle = async ({ event, resolve }) => {
	const current = copies.current;
	const renderedAt = Date.now();
	const response = await resolve(event);
	const type = response.headers.get('content-type');
	if (!response.body || response.headers.has('content-encoding') || !isCompressible(type)) {
		return response;
	}
	const body = new Uint8Array(await response.arrayBuffer());
	const encoding = chooseEncoding(event.request.headers.get('accept-encoding') ?? undefined);
	// The address exactly as the front server will look it up; absent under `vite dev`.
	const address = event.platform?.req.url;
	if (current && address && isCopyable(event.request, response)) {
		// What a copy says when it is served: X-Cache: HIT.
		const copyOf = (each: Encoding) =>
			encodePage(response.headers, body, each, {
				effort: 'kept',
				extraHeaders: ['x-cache', 'HIT']
			});
		const [br, gzip, identity] = await Promise.all([
			copyOf('br'),
			copyOf('gzip'),
			copyOf('identity')
		]);
		const copy: PageCopy = {
			encoded: { br, gzip, identity },
			version: current.version,
			renderedAt
		};
		copies.set(address, copy);
		return send(copy.encoded[encoding], response.status, 'MISS');
	}
	return send(await encodePage(response.headers, body, encoding), response.status);
};

/** Only whole pages, the same for everyone: not downloads, errors, POSTs or anything personal. */
function isCopyable(request: Request, response: Response): boolean {
	return (
		isAnonymousRead(request.method, (name) => request.headers.has(name)) &&
		request.method === 'GET' &&
		response.status === 200 &&
		response.headers.get('x-sveltekit-page') === 'true' &&
		!response.headers.has('set-cookie') &&
		!/\b(private|no-store)\b/i.test(response.headers.get('cache-control') ?? '')
	);
}

function send(page: EncodedPage, status: number, cache?: 'MISS'): Response {
	const headers = new Headers();
	for (let i = 0; i + 1 < page.headers.length; i += 2) {
		headers.append(page.headers[i] ?? '', page.headers[i + 1] ?? '');
	}
	if (cache) headers.set('x-cache', cache);
	// zlib's buffers own their memory, never a SharedArrayBuffer.
	return new Response(page.body as Uint8Array<ArrayBuffer>, { status, headers });
}

/** Security headers for every response (the CSP itself comes from svelte.config.js). */
const setSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	// A page may ask for less (a signed link's page sends its address to no other site).
	if (!response.headers.has('Referrer-Policy')) {
		response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	}
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	return response;
};

/** Content types a form on another site can post without asking the browser first. */
const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * Forms are posted from our own pages only (SvelteKit's own check is off, svelte.config.js): a
 * browser names the page's origin, and one naming another is refused. The one exception is the
 * one-click unsubscribe address, which mail programs post to from their own servers (RFC 8058):
 * its signed token is all it needs, and unsubscribing is the only thing it can do.
 */
const refuseCrossSiteForms: Handle = async ({ event, resolve }) => {
	const { request, url } = event;
	const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
	const origin = request.headers.get('origin');
	const crossSite =
		(origin !== null && origin !== url.origin) ||
		request.headers.get('sec-fetch-site') === 'cross-site';
	if (
		!['GET', 'HEAD', 'OPTIONS'].includes(request.method) &&
		formTypes.includes(type) &&
		crossSite &&
		!url.pathname.startsWith('/newsletter/unsubscribe/')
	) {
		return new Response('Forms can only be sent from this site’s own pages.', {
			status: 403,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	return resolve(event);
};

/**
 * A list's page past its last is sent as a 404: the reader still sees why and the way back to the
 * first page, and nothing takes it for a page that exists. Inside `compressAndCopy`, which keeps
 * 200s only, so it is never kept.
 */
const pastTheLastPageNotFound: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (!event.locals.pastTheLastPage || response.status !== 200) return response;
	return new Response(response.body, { status: 404, headers: response.headers });
};

export const handle = sequence(
	refuseCrossSiteForms,
	compressAndCopy,
	pastTheLastPageNotFound,
	setSecurityHeaders
);

export const handleError = logOwnFailures;
