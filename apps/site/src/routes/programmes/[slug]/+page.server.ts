import { createApi, fromApi, pageSlug } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const notFound = 'There is no programme at this address.';
	const slug = pageSlug(params.slug, notFound);
	return {
		page: await fromApi(createApi().programmes.get.query({ slug }), notFound)
	};
};
