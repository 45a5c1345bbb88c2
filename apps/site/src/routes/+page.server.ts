import { createApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/**
 * The home page reads well without the API: the counts and the news are a bonus, so a failure leaves them out
 * instead of showing an error page.
 */
export const load: PageServerLoad = async () => {
	const home = await createApi()
		.home.get.query()
		.catch(() => null);
	return {
		interventionCount: home?.interventionCount ?? null,
		partnerCount: home?.partnerCount ?? null,
		latestNews: home?.latestNews ?? []
	};
};
