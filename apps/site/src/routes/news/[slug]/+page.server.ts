import { createApi, fromApi, pageSlug } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const notFound = 'There is no article at this address.';
	const slug = pageSlug(params.slug, notFound);
	return { article: await fromApi(createApi().news.get.query({ slug }), notFound) };
};
