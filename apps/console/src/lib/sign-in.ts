import type { FieldError } from '@whatworks/ui';
import { readText } from './forms';

/** The fields of the sign-in form. */
export const signInFields = ['email', 'password'] as const;

/** One field of the sign-in form. */
export type SignInField = (typeof signInFields)[number];

/** The outcome of checking a sign-in submission. */
export type SignInCheck =
	| { ok: true; email: string; password: string }
	| { ok: false; email: string; errors: FieldError<SignInField>[] };

// Deliberately loose: the only thing worth catching here is a typing slip. Whether the
// address belongs to a staff account is for the account service to say.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Checks what was typed into the sign-in form, with GOV.UK-style messages that say what to do.
 * The password is never trimmed (spaces can be part of it) and never sent back to the page.
 * @example checkSignIn(new FormData()).ok // false
 */
export function checkSignIn(form: FormData): SignInCheck {
	const email = readText(form, 'email').trim();
	const password = readText(form, 'password');
	const errors: FieldError<SignInField>[] = [];
	if (email === '') {
		errors.push({ field: 'email', message: 'Enter your email address' });
	} else if (email.length > 254 || !emailPattern.test(email)) {
		errors.push({
			field: 'email',
			message: 'Enter an email address in the correct format, like name@example.com'
		});
	}
	if (password === '') {
		errors.push({ field: 'password', message: 'Enter your password' });
	}
	return errors.length > 0 ? { ok: false, email, errors } : { ok: true, email, password };
}

/**
 * Where to go after signing in: a page of this console, never another site. Resolving against
 * our own address catches every trick a browser would follow (a backslash, a tab, `//host`).
 * @example nextPath(new URL('https://console.example/sign-in?next=/users')) // '/users'
 */
export function nextPath(url: URL): string {
	const target = new URL(url.searchParams.get('next') ?? '/', url);
	return target.origin === url.origin ? `${target.pathname}${target.search}` : '/';
}
