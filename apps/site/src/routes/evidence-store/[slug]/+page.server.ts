import { createApi, fromApi, pageSlug } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const notFound = 'There is no intervention at this address in the Evidence Store.';
	const slug = pageSlug(params.slug, notFound);
	const api = createApi();
	// Asked together, the two questions travel in one request (tRPC batches them).
	const [intervention, news] = await fromApi(
		Promise.all([
			api.interventions.get.query({ slug }),
			api.news.about.query({ kind: 'interventions', slug })
		]),
		notFound
	);
	return { intervention, news, today: new Date().toISOString().slice(0, 10) };
};
