import { createApi, fromApi } from '$lib/server/api';
import { comparisonSize } from '@whatworks/domain';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const api = createApi();
	const all = await fromApi(api.interventions.list.query());
	const known = new Set(all.map((item) => item.slug));
	// Blank choices are skipped; a slug named twice counts once; unknown ones are reported.
	const asked = [...new Set(url.searchParams.getAll('slug').filter((slug) => slug !== ''))];
	const chosen = asked.filter((slug) => known.has(slug));
	const unknown = asked.filter((slug) => !known.has(slug));

	let error: string | null = null;
	if (unknown.length > 0) {
		error = `We could not find ${unknown.length === 1 ? 'one of the interventions' : 'some of the interventions'} you chose. Choose again.`;
	} else if (asked.length > 0 && chosen.length < comparisonSize.min) {
		error = `Choose at least ${comparisonSize.min} different interventions to compare.`;
	} else if (chosen.length > comparisonSize.max) {
		error = `Choose no more than ${comparisonSize.max} interventions to compare.`;
	}
	const comparison =
		error === null && chosen.length >= comparisonSize.min
			? await fromApi(api.interventions.compare.query({ slugs: chosen }))
			: null;
	return {
		options: all.map(({ slug, name }) => ({ slug, name })),
		chosen: chosen.slice(0, comparisonSize.max),
		error,
		comparison
	};
};
