import { createApi, fromApi, pageSlug } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params }) => {
	const notFound = 'No intervention coming soon to the Evidence Store is at this address.';
	const slug = pageSlug(params.slug, notFound);
	return { entry: await fromApi(createApi(fetch).comingSoon.get.query({ slug }), notFound) };
};
