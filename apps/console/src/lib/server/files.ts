import { env } from '$env/dynamic/private';
import { fileRefSchema, type FileRef } from '@whatworks/domain';
import { apiBaseUrl } from '@whatworks/sveltekit-bridge';
import { apiHeaders, type ApiEvent } from './api';

/**
 * Sends a report to the API's upload endpoint for whoever is signed in: the raw PDF as the body,
 * since tRPC carries JSON. Gives the stored file, or the API's refusal as a sentence.
 */
export async function uploadReport(
	event: ApiEvent,
	upload: { name: string; bytes: Uint8Array }
): Promise<{ file: FileRef } | { status: number; message: string }> {
	const headers = {
		...apiHeaders(event),
		'content-type': 'application/pdf',
		'x-file-name': encodeURIComponent(upload.name)
	};
	const answer = await event.fetch(`${apiBaseUrl(env.WHATWORKS_API_URL)}/files`, {
		method: 'POST',
		headers,
		body: new Blob([new Uint8Array(upload.bytes)], { type: 'application/pdf' })
	});
	const body: unknown = await answer.json().catch(() => null);
	if (answer.status === 201) return { file: fileRefSchema.parse(body) };
	const message =
		body && typeof body === 'object' && 'error' in body && typeof body.error === 'string'
			? body.error
			: 'The report could not be stored. Please try again.';
	return { status: answer.status >= 500 ? 503 : answer.status, message };
}
