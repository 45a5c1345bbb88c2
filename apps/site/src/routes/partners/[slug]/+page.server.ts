import { createApi, fromApi } from '$lib/server/api';
import { error } from '@sveltejs/kit';
import { slugSchema } from '@whatworks/domain';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params }) => {
	const notFound = 'There is no partner at this address.';
	const slug = slugSchema.safeParse(params.slug);
	if (!slug.success) error(404, notFound);
	const api = createApi(fetch);
	const [partner, areas] = await fromApi(
		Promise.all([api.partners.get.query({ slug: slug.data }), api.partners.map.query()]),
		notFound
	);
	return { partner, areas };
};
