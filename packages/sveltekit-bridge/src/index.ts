/**
 * The SvelteKit bridge to the evidence API: the typed tRPC client the apps' server code uses, the
 * mapping of API failures to 404 and 503 pages, and report downloads passed through; the content
 * version the API pushes is read by `@whatworks/sveltekit-bridge/content-version`.
 */
import { error, redirect, type HandleServerError } from '@sveltejs/kit';
import { createTRPCClient, httpBatchLink, TRPCClientError, type TRPCClient } from '@trpc/client';
import type { AppRouter } from '@whatworks/api';
import { apiBaseUrl } from './api-url.js';
import { apiFetch } from './api-fetch.js';

export { apiBaseUrl };

/** The typed client of the evidence API (apps/server), for SvelteKit server code only. */
export type Api = TRPCClient<AppRouter>;

/**
 * A tRPC client for one request, calling the API through {@link apiFetch}.
 * @example createApiClient({ baseUrl: env.WHATWORKS_API_URL }).interventions.list.query()
 */
export function createApiClient(options: {
	baseUrl: string | undefined;
	/** Sent with every call, e.g. the staff session as `authorization: Bearer …`. */
	headers?: Record<string, string>;
}): Api {
	const base = apiBaseUrl(options.baseUrl);
	const headers = options.headers ?? {};
	return createTRPCClient<AppRouter>({
		links: [
			httpBatchLink({
				url: `${base}/trpc`,
				fetch: apiFetch,
				maxItems: 20,
				headers: () => headers
			})
		]
	});
}

/**
 * Awaits an API call and turns its failures into the pages a person should see: "not found"
 * becomes a 404 with `notFoundMessage`, "forbidden" a 403, an ended staff session a way back to
 * the sign-in page, any other refusal (bad input, too many requests) its own 4xx with the API's
 * sentence; anything else (the API is down, or failed) a 503.
 */
export async function fromApi<T>(call: Promise<T>, notFoundMessage = 'Page not found'): Promise<T> {
	try {
		return await call;
	} catch (cause) {
		const code = apiErrorCode(cause);
		if (code === 'NOT_FOUND') error(404, notFoundMessage);
		if (code === 'FORBIDDEN') error(403, 'Your roles do not allow you to see this page.');
		// A staff session that ended mid-request (expired, or ended by an admin): sign in again.
		if (code === 'UNAUTHORIZED') redirect(303, '/sign-in');
		// The API refused what it was asked, and says why in a sentence: the reader's to see.
		const status = errorData(cause)?.httpStatus;
		if (cause instanceof Error && typeof status === 'number' && status >= 400 && status < 500) {
			error(status, cause.message);
		}
		console.error(
			`Evidence API call failed: ${cause instanceof Error ? cause.message : String(cause)}`
		);
		error(
			503,
			'The evidence service is not available at the moment. Please try again in a few minutes.'
		);
	}
}

/** The data the API answered a failed call with, or undefined when it did not answer. */
function errorData(cause: unknown): Record<string, unknown> | undefined {
	if (!(cause instanceof TRPCClientError)) return undefined;
	const data: unknown = cause.data;
	return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
}

/** The tRPC error code of a failed call when the API answered (e.g. 'NOT_FOUND'), else undefined. */
export function apiErrorCode(cause: unknown): string | undefined {
	const code = errorData(cause)?.code;
	return typeof code === 'string' ? code : undefined;
}

/**
 * The input a refused call was refused for, by its path in the procedure's input
 * (`note.changeNote`), when the API named one: a form shows the message on that field.
 */
export function apiErrorField(cause: unknown): string | undefined {
	const field = errorData(cause)?.field;
	return typeof field === 'string' && field !== '' ? field : undefined;
}

/** The headers of an upload (a report, an image) the site and console pass on from the API, and no others. */
const uploadHeaders = [
	'content-type',
	'content-length',
	'content-disposition',
	'x-content-type-options',
	'content-security-policy',
	'cache-control',
	'etag'
];

/**
 * An upload from the API (`GET /files/<id>`, `GET /images/<id>/<size>`) as a response to pass to
 * the browser, keeping the headers that make it safe (a report downloads, nothing runs) and
 * cacheable, and a 304 for a copy the browser already holds; a 404 (or 503) page when the API has
 * none.
 */
export async function fetchUpload(options: {
	baseUrl: string | undefined;
	fetch: typeof globalThis.fetch;
	/** The API's path of the upload: `/files/12`, `/images/3/640.webp`. */
	path: string;
	/** The request's, passed on: the staff session's, `if-none-match`. */
	headers?: Record<string, string>;
	notFoundMessage: string;
}): Promise<Response> {
	const answer = await options
		.fetch(`${apiBaseUrl(options.baseUrl)}${options.path}`, { headers: options.headers ?? {} })
		.catch(() =>
			error(503, 'This is not available at the moment. Please try again in a few minutes.')
		);
	const headers = new Headers();
	for (const name of uploadHeaders) {
		const value = answer.headers.get(name);
		if (value) headers.set(name, value);
	}
	if (answer.status === 304) return new Response(null, { status: 304, headers });
	if (!answer.ok || !answer.body) {
		error(answer.status === 404 ? 404 : 503, options.notFoundMessage);
	}
	return new Response(answer.body, { headers });
}

/**
 * A posted form's fields; a body that is not a form (text sent as a form's type, a cut-off
 * upload) is the sender's mistake, a 400, never a 500.
 */
export async function readFormData(request: Request): Promise<FormData> {
	try {
		return await request.formData();
	} catch {
		error(400, 'The form could not be read. Go back to the page and send it again.');
	}
}

/**
 * The apps' `handleError`: an address nobody can read (a malformed one, say) is the caller's
 * mistake and answers 4xx with its sentence, so only our own failures are logged, with the path
 * they happened at (not the query: it is what a reader typed).
 */
export const logOwnFailures: HandleServerError = ({ error: failure, event, status, message }) => {
	if (status >= 500) console.error(`${String(status)} ${event.url.pathname}:`, failure);
	return { message };
};
