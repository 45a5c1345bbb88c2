import type { Handle } from '@sveltejs/kit';

/** Security headers for every response (the CSP itself comes from svelte.config.js). */
export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	// Staff pages are never cached by the browser or anything in between.
	if (response.headers.get('content-type')?.startsWith('text/html')) {
		response.headers.set('Cache-Control', 'private, no-store');
	}
	return response;
};
