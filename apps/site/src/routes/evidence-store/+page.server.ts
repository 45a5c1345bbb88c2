import { createApi, fromApi } from '$lib/server/api';
import { readStoreSearch } from '$lib/search-params';
import { isPastTheLastPage } from '@whatworks/sveltekit-bridge/search-params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const search = readStoreSearch(url.searchParams);
	const api = createApi();
	// What is coming soon shows under the first page of results only: later pages do not ask.
	const [results, comingSoon] = await fromApi(
		Promise.all([
			api.interventions.search.query(search.input),
			search.input.page === 1 ? api.comingSoon.list.query() : []
		])
	);
	locals.pastTheLastPage = isPastTheLastPage(results);
	return { search, results, comingSoon };
};
