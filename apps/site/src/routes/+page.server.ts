import { createApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/**
 * The home page reads well without the API: the counts are a bonus, so a failure leaves them out
 * instead of showing an error page.
 */
export const load: PageServerLoad = async ({ fetch }) => {
	const api = createApi(fetch);
	const [interventions, partners] = await Promise.allSettled([
		api.interventions.list.query(),
		api.partners.list.query()
	]);
	return {
		interventionCount: interventions.status === 'fulfilled' ? interventions.value.length : null,
		partnerCount: partners.status === 'fulfilled' ? partners.value.length : null
	};
};
