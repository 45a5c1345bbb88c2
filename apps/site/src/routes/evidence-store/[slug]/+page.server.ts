import { createApi, fromApi } from '$lib/server/api';
import { error } from '@sveltejs/kit';
import { slugSchema } from '@whatworks/domain';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params }) => {
	const notFound = 'There is no intervention at this address in the Evidence Store.';
	// A malformed slug cannot name an intervention: answer 404 without asking the API.
	const slug = slugSchema.safeParse(params.slug);
	if (!slug.success) error(404, notFound);
	const intervention = await fromApi(
		createApi(fetch).interventions.get.query({ slug: slug.data }),
		notFound
	);
	return { intervention, today: new Date().toISOString().slice(0, 10) };
};
