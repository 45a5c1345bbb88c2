import { createApi, fromApi, pageSlug } from '$lib/server/api';
import { londonDate } from '@whatworks/domain';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const notFound = 'No intervention coming soon to the Evidence Store is at this address.';
	const slug = pageSlug(params.slug, notFound);
	return {
		entry: await fromApi(createApi().comingSoon.get.query({ slug }), notFound),
		// Pages are kept no later than London's next midnight, so this month stays right.
		thisMonth: londonDate(new Date()).slice(0, 7)
	};
};
