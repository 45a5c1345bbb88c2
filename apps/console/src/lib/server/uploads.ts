import { env } from '$env/dynamic/private';
import {
	fileRefSchema,
	uploadedImageSchema,
	type FileRef,
	type UploadedImage
} from '@whatworks/domain';
import { apiBaseUrl } from '@whatworks/sveltekit-bridge';
import type { z } from 'zod';
import { apiHeaders, type ApiEvent } from './api';

/** What an upload gives: the stored upload, or the API's refusal as a sentence. */
type Uploaded<T> = { stored: T } | { status: number; message: string };

/**
 * Sends an upload to one of the API's upload endpoints for whoever is signed in: the raw bytes as
 * the body, since tRPC carries JSON.
 */
async function sendUpload<T>(
	event: ApiEvent,
	{
		path,
		contentType,
		headers,
		bytes
	}: { path: string; contentType: string; headers?: Record<string, string>; bytes: Uint8Array },
	answerSchema: z.ZodType<T>
): Promise<Uploaded<T>> {
	const answer = await event.fetch(`${apiBaseUrl(env.WHATWORKS_API_URL)}${path}`, {
		method: 'POST',
		headers: { ...apiHeaders(event), 'content-type': contentType, ...headers },
		body: new Blob([new Uint8Array(bytes)], { type: contentType })
	});
	const body: unknown = await answer.json().catch(() => null);
	if (answer.status === 201) return { stored: answerSchema.parse(body) };
	const message =
		body && typeof body === 'object' && 'error' in body && typeof body.error === 'string'
			? body.error
			: 'The file could not be stored. Please try again.';
	return { status: answer.status >= 500 ? 503 : answer.status, message };
}

/** Stores a report (a PDF) under the name it was chosen by. */
export function uploadReport(
	event: ApiEvent,
	upload: { name: string; bytes: Uint8Array }
): Promise<Uploaded<FileRef>> {
	const headers = { 'x-file-name': encodeURIComponent(upload.name) };
	const request = { path: '/files', contentType: 'application/pdf', headers, bytes: upload.bytes };
	return sendUpload(event, request, fileRefSchema);
}

/** Stores an image (a JPEG, PNG or WebP), which the API resizes for the pages that show it. */
export function uploadImage(event: ApiEvent, bytes: Uint8Array): Promise<Uploaded<UploadedImage>> {
	const request = { path: '/images', contentType: 'application/octet-stream', bytes };
	return sendUpload(event, request, uploadedImageSchema);
}
