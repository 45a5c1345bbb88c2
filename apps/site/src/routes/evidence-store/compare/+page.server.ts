import { createApi, fromApi } from '$lib/server/api';
import { readComparisonChoice } from '$lib/search-params';
import { comparisonSize, groupRatingsByDomain } from '@whatworks/domain';
import type { PageServerLoad } from './$types';

/** How many interventions a search for one to add shows: the best matches first. */
const matchesShown = 10;

export const load: PageServerLoad = async ({ url }) => {
	const { slugs, wellFormed, search } = readComparisonChoice(url.searchParams);
	const api = createApi();
	// Only the interventions chosen and the matches for the words are read, never the whole store.
	const [found, matches] = await fromApi(
		Promise.all([
			wellFormed.length > 0 ? api.interventions.list.query({ slugs: wellFormed }) : [],
			search.words
				? api.interventions.search.query({ q: search.words, pageSize: matchesShown })
				: null
		])
	);
	const bySlug = new Map(found.map((item) => [item.slug, item]));
	const chosen = slugs.flatMap((slug) => bySlug.get(slug) ?? []);

	let error: string | null = null;
	if (chosen.length < slugs.length) {
		error = `We could not find ${slugs.length - chosen.length === 1 ? 'one of the interventions' : 'some of the interventions'} you chose. Choose again.`;
	} else if (chosen.length > comparisonSize.max) {
		error = `Choose no more than ${comparisonSize.max} interventions to compare.`;
	}
	const kept = chosen.slice(0, comparisonSize.max);
	// With the most chosen, the page offers no search box: nor its matches, nor its problems.
	const full = kept.length >= comparisonSize.max;
	// The chosen summaries are all a comparison is made of: grouped here as `interventions.compare`
	// groups them, rather than asked for again.
	const comparison =
		error === null && kept.length >= comparisonSize.min
			? { interventions: kept, byDomain: groupRatingsByDomain(kept) }
			: null;
	return {
		chosen: kept.map(({ slug, name }) => ({ slug, name })),
		error,
		search: { typed: search.typed, words: search.words ?? null, error: full ? null : search.error },
		matches:
			full || !matches
				? null
				: { total: matches.total, items: matches.items.map(({ slug, name }) => ({ slug, name })) },
		comparison
	};
};
