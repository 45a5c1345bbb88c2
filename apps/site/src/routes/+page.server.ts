import { createApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/** How many of the latest articles the home page shows. */
const latestNewsCount = 3;

/**
 * The home page reads well without the API: the counts and the news are a bonus, so a failure leaves them out
 * instead of showing an error page.
 */
export const load: PageServerLoad = async () => {
	const api = createApi();
	const [interventions, partners, news] = await Promise.allSettled([
		api.interventions.list.query(),
		api.partners.list.query(),
		api.news.list.query({})
	]);
	return {
		interventionCount: interventions.status === 'fulfilled' ? interventions.value.length : null,
		partnerCount: partners.status === 'fulfilled' ? partners.value.length : null,
		latestNews: news.status === 'fulfilled' ? news.value.articles.slice(0, latestNewsCount) : []
	};
};
