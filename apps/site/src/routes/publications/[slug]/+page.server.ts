import { createApi, fromApi } from '$lib/server/api';
import { error } from '@sveltejs/kit';
import { slugSchema } from '@whatworks/domain';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params }) => {
	const notFound = 'There is no publication at this address.';
	const slug = slugSchema.safeParse(params.slug);
	if (!slug.success) error(404, notFound);
	return {
		page: await fromApi(createApi(fetch).publications.get.query({ slug: slug.data }), notFound)
	};
};
