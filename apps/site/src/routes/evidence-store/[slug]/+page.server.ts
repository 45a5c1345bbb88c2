import { createApi, fromApi, pageSlug } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params }) => {
	const notFound = 'There is no intervention at this address in the Evidence Store.';
	const slug = pageSlug(params.slug, notFound);
	const intervention = await fromApi(createApi(fetch).interventions.get.query({ slug }), notFound);
	return { intervention, today: new Date().toISOString().slice(0, 10) };
};
