import { createApi, fromApi, pageSlug } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params }) => {
	const notFound = 'There is no publication at this address.';
	const slug = pageSlug(params.slug, notFound);
	return {
		page: await fromApi(createApi(fetch).publications.get.query({ slug }), notFound)
	};
};
