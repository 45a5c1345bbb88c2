import type { Cookies } from '@sveltejs/kit';

/**
 * The session cookie's name: `__Host-` over HTTPS, which browsers only accept when the cookie is
 * Secure, host-only and for the whole site; plain over http://localhost in development.
 */
export function sessionCookieName(url: URL): string {
	return url.protocol === 'https:' ? '__Host-whatworks_session' : 'whatworks_session';
}

/** Stores the session token: HttpOnly (no script reads it), SameSite=Lax, Secure over HTTPS. */
export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(sessionCookieName(url), token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt
	});
}

/** Forgets the session token. */
export function clearSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(sessionCookieName(url), { path: '/', secure: url.protocol === 'https:' });
}
