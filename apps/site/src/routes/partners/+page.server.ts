import { createApi, fromApi } from '$lib/server/api';
import { readPartnerFilters } from '$lib/search-params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => {
	// Filters come from a GET form, so they live in the address. A value we do not recognise is
	// ignored (treated as "any") rather than failing the page.
	const filters = readPartnerFilters(url.searchParams);
	const filtered = Object.values(filters).some((value) => value !== undefined);

	const api = createApi(fetch);
	// The requests go to the API in one batch: the full list gives the total.
	const [all, partners, programmes, areas] = await fromApi(
		Promise.all([
			api.partners.list.query(),
			filtered ? api.partners.list.query(filters) : Promise.resolve(null),
			api.programmes.list.query(),
			api.partners.map.query()
		])
	);

	return {
		partners: partners ?? all,
		total: all.length,
		programmes,
		areas,
		filters: {
			region: filters.region ?? null,
			type: filters.type ?? null,
			programme: filters.programme ?? null,
			wave: filters.wave ?? null
		}
	};
};
