import { apiErrorCode, createApi } from '$lib/server/api';
import { clearSessionCookie } from '$lib/server/session';
import { error, redirect, type Handle } from '@sveltejs/kit';
import { usePlainErrorMessages } from '@whatworks/domain';
import { logOwnFailures } from '@whatworks/sveltekit-bridge';

// Forms refused here say what to do in plain English, as the API's refusals do.
usePlainErrorMessages();

/** Pages anyone may open: signing in and accepting an invite. */
const openPaths = new Set(['/sign-in', '/accept-invite']);

/**
 * Every other page needs a live session: the API says who it belongs to (and so whether it is
 * still live) before any page loads. Then the security headers for every response.
 */
export const handle: Handle = async ({ event, resolve }) => {
	event.locals.staff = null;
	if (!openPaths.has(event.url.pathname)) {
		try {
			event.locals.staff = await createApi(event).auth.me.query();
		} catch (cause) {
			if (apiErrorCode(cause) !== 'UNAUTHORIZED') {
				console.error(
					`Evidence API call failed: ${cause instanceof Error ? cause.message : String(cause)}`
				);
				error(
					503,
					'The console is not available at the moment. Please try again in a few minutes.'
				);
			}
			clearSessionCookie(event.cookies, event.url);
			redirect(303, `/sign-in?next=${encodeURIComponent(event.url.pathname)}`);
		}
	}

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

export const handleError = logOwnFailures;
