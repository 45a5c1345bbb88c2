import { createApi, fromApi } from '$lib/server/api';
import { readStoreSearch } from '$lib/search-params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => {
	const search = readStoreSearch(url.searchParams);
	const results = await fromApi(createApi(fetch).interventions.search.query(search.input));
	return { search, results };
};
