import { createApi, fromApi, pageSlug } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params }) => {
	const notFound = 'There is no research project at this address.';
	const slug = pageSlug(params.slug, notFound);
	return {
		page: await fromApi(createApi(fetch).projects.get.query({ slug }), notFound)
	};
};
