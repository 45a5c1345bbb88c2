import { createApi, fromApi } from '$lib/server/api';
import { readPartnerFilters } from '$lib/search-params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	// Filters come from a GET form, so they live in the address. A value we do not recognise is
	// ignored (treated as "any") rather than failing the page.
	const filters = readPartnerFilters(url.searchParams);

	// One question for the whole page: the API reads it in one statement.
	const directory = await fromApi(createApi().partners.directory.query(filters));

	return {
		...directory,
		filters: {
			region: filters.region ?? null,
			type: filters.type ?? null,
			programme: filters.programme ?? null,
			wave: filters.wave ?? null
		}
	};
};
