import { env } from '$env/dynamic/private';
import { createApi, fromApi, pageSlug } from '$lib/server/api';
import { error } from '@sveltejs/kit';
import { fetchUpload } from '@whatworks/sveltekit-bridge';
import type { RequestHandler } from './$types';

/** The publication's report, passed through from the API with its download headers. */
export const GET: RequestHandler = async ({ fetch, params }) => {
	const notFoundMessage = 'There is no report to download at this address.';
	const slug = pageSlug(params.slug, notFoundMessage);
	const publication = await fromApi(createApi().publications.get.query({ slug }), notFoundMessage);
	if (!publication.file) error(404, notFoundMessage);
	return fetchUpload({
		baseUrl: env.WHATWORKS_API_URL,
		fetch,
		path: `/files/${publication.file.id}`,
		notFoundMessage
	});
};
