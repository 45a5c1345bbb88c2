import { createApi, fromApi } from '$lib/server/api';
import { readNewsFilters } from '$lib/search-params';
import { isPastTheLastPage } from '@whatworks/sveltekit-bridge/search-params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	// A GET form: filters live in the address, and a value we do not recognise means "any".
	const { page, ...filters } = readNewsFilters(url.searchParams);
	const news = await fromApi(createApi().news.list.query({ ...filters, page }));
	locals.pastTheLastPage = isPastTheLastPage(news);
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
