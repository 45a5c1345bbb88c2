import { createApi, fromApi } from '$lib/server/api';
import { readNewsFilters } from '$lib/search-params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	// A GET form: filters live in the address, and a value we do not recognise means "any".
	const { page, ...filters } = readNewsFilters(url.searchParams);
	const news = await fromApi(createApi().news.list.query({ ...filters, page }));
	return {
		news,
		filters: {
			type: filters.type ?? null,
			theme: filters.theme ?? null,
			topic: filters.topic ?? null,
			year: filters.year ?? null
		}
	};
};
