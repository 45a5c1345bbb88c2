import { env } from '$env/dynamic/private';
import { apiBaseUrl } from '@whatworks/sveltekit-bridge';

/** The open data downloads the API serves under /data/, by file name. */
export type OpenDataFile = 'evidence.csv' | 'evidence.json';

/** The upstream headers a download keeps: format, file name, caching, and that any site may fetch it. */
const passedHeaders = [
	'content-type',
	'content-disposition',
	'cache-control',
	'access-control-allow-origin'
] as const;

/** How long to wait for the API before telling the reader to try again. */
const timeoutMs = 15_000;

/**
 * Serves an open data download from the site's own origin by passing the API's file through:
 * same body, same format and file name. When the API cannot give it, the reader gets a 503 with
 * one plain sentence; the cause goes to the log only.
 * @example export const GET: RequestHandler = ({ fetch }) => proxyOpenData(fetch, 'evidence.csv');
 */
export async function proxyOpenData(
	fetch: typeof globalThis.fetch,
	file: OpenDataFile
): Promise<Response> {
	const base = apiBaseUrl(env.WHATWORKS_API_URL);
	try {
		const upstream = await fetch(`${base}/data/${file}`, {
			signal: AbortSignal.timeout(timeoutMs)
		});
		if (!upstream.ok || upstream.body === null) {
			await upstream.body?.cancel();
			throw new Error(`the API answered ${upstream.status}`);
		}
		const headers = new Headers();
		for (const name of passedHeaders) {
			const value = upstream.headers.get(name);
			if (value !== null) headers.set(name, value);
		}
		return new Response(upstream.body, { status: 200, headers });
	} catch (cause) {
		console.error(
			`Open data ${file} failed: ${cause instanceof Error ? cause.message : String(cause)}`
		);
		return new Response(
			'The download is not available at the moment. Please try again in a few minutes.\n',
			{
				status: 503,
				headers: {
					'content-type': 'text/plain; charset=utf-8',
					'cache-control': 'no-store',
					'retry-after': '60'
				}
			}
		);
	}
}
