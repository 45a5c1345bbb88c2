import { createApi, fromApi, pageSlug } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const notFound = 'There is no publication at this address.';
	const slug = pageSlug(params.slug, notFound);
	const api = createApi();
	const [page, news] = await fromApi(
		Promise.all([
			api.publications.get.query({ slug }),
			api.news.about.query({ kind: 'publications', slug })
		]),
		notFound
	);
	return { page, news };
};
