import { createApi, fromApi } from '$lib/server/api';
import { error } from '@sveltejs/kit';
import { slugSchema } from '@whatworks/domain';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params }) => {
	const notFound = 'There is no programme at this address.';
	const slug = slugSchema.safeParse(params.slug);
	if (!slug.success) error(404, notFound);
	return {
		page: await fromApi(createApi(fetch).programmes.get.query({ slug: slug.data }), notFound)
	};
};
