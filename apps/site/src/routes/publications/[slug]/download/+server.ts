import { env } from '$env/dynamic/private';
import { createApi, fromApi } from '$lib/server/api';
import { error } from '@sveltejs/kit';
import { fetchReport } from '@whatworks/api-client';
import { slugSchema } from '@whatworks/domain';
import type { RequestHandler } from './$types';

/** The publication's report, passed through from the API with its download headers. */
export const GET: RequestHandler = async ({ fetch, params }) => {
	const notFoundMessage = 'There is no report to download at this address.';
	const slug = slugSchema.safeParse(params.slug);
	if (!slug.success) error(404, notFoundMessage);
	const publication = await fromApi(
		createApi(fetch).publications.get.query({ slug: slug.data }),
		notFoundMessage
	);
	if (!publication.file) error(404, notFoundMessage);
	return fetchReport({
		baseUrl: env.WHATWORKS_API_URL,
		fetch,
		fileId: publication.file.id,
		notFoundMessage
	});
};
