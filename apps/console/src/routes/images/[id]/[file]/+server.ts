import { env } from '$env/dynamic/private';
import { apiHeaders } from '$lib/server/api';
import { error } from '@sveltejs/kit';
import { renditionOfFile } from '@whatworks/domain';
import { fetchUpload } from '@whatworks/sveltekit-bridge';
import type { RequestHandler } from './$types';

/** One size of an image for staff reviewing a draft: the API decides who may have it. */
export const GET: RequestHandler = async (event) => {
	const notFoundMessage = 'There is no such image.';
	const { id, file } = event.params;
	if (!/^\d{1,9}$/.test(id) || !renditionOfFile(file)) error(404, notFoundMessage);
	return fetchUpload({
		baseUrl: env.WHATWORKS_API_URL,
		fetch: event.fetch,
		path: `/images/${id}/${file}`,
		headers: apiHeaders(event),
		notFoundMessage
	});
};
