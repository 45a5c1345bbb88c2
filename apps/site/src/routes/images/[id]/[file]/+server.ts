import { env } from '$env/dynamic/private';
import { error } from '@sveltejs/kit';
import { isImageAddress } from '@whatworks/domain';
import { fetchUpload } from '@whatworks/sveltekit-bridge';
import type { RequestHandler } from './$types';

/** One size of a published article's image, from the API, cached by the browser as it says. */
export const GET: RequestHandler = async ({ fetch, params, request }) => {
	const notFoundMessage = 'There is no image at this address.';
	if (!isImageAddress(params.id, params.file)) error(404, notFoundMessage);
	const held = request.headers.get('if-none-match');
	return fetchUpload({
		baseUrl: env.WHATWORKS_API_URL,
		fetch,
		path: `/images/${params.id}/${params.file}`,
		headers: held ? { 'if-none-match': held } : {},
		notFoundMessage
	});
};
