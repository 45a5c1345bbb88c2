import { createApi, fromApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const interventions = await fromApi(createApi(event).interventions.list.query());
	return {
		interventions: interventions.map((intervention) => ({
			slug: intervention.slug,
			name: intervention.name,
			outcomeCount: intervention.outcomes.length,
			illustrativeCount: intervention.outcomes.filter((rating) => rating.source === 'illustrative')
				.length,
			evidenceLastReviewed: intervention.evidenceLastReviewed,
			pageUpdated: intervention.pageUpdated
		}))
	};
};
