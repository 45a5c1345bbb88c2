import { createApi, fromApi, pageSlug } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const notFound = 'There is no author at this address.';
	const slug = pageSlug(params.slug, notFound);
	return { author: await fromApi(createApi().news.author.query({ slug }), notFound) };
};
