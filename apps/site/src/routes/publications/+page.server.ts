import { createApi, fromApi } from '$lib/server/api';
import { readPublicationFilters } from '$lib/search-params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	// A GET form: filters live in the address, and a value we do not recognise means "any".
	const filters = readPublicationFilters(url.searchParams);
	const api = createApi();
	const [publications, years] = await fromApi(
		Promise.all([api.publications.list.query(filters), api.publications.years.query()])
	);
	return {
		publications,
		years,
		filters: {
			type: filters.type ?? null,
			theme: filters.theme ?? null,
			year: filters.year ?? null
		}
	};
};
