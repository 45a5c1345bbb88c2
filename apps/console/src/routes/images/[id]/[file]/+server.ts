import { env } from '$env/dynamic/private';
import { apiHeaders } from '$lib/server/api';
import { error } from '@sveltejs/kit';
import { isImageAddress } from '@whatworks/domain';
import { fetchUpload } from '@whatworks/sveltekit-bridge';
import type { RequestHandler } from './$types';

/** One size of an image for staff reviewing a draft: the API decides who may have it. */
export const GET: RequestHandler = async (event) => {
	const notFoundMessage = 'There is no such image.';
	const { id, file } = event.params;
	if (!isImageAddress(id, file)) error(404, notFoundMessage);
	const held = event.request.headers.get('if-none-match');
	return fetchUpload({
		baseUrl: env.WHATWORKS_API_URL,
		fetch: event.fetch,
		path: `/images/${id}/${file}`,
		headers: { ...apiHeaders(event), ...(held ? { 'if-none-match': held } : {}) },
		notFoundMessage
	});
};
