import { createApi, fromApi } from '$lib/server/api';
import { readStoreSearch } from '$lib/search-params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => {
	const search = readStoreSearch(url.searchParams);
	const api = createApi(fetch);
	const [results, comingSoon] = await fromApi(
		Promise.all([api.interventions.search.query(search.input), api.comingSoon.list.query()])
	);
	return { search, results, comingSoon };
};
