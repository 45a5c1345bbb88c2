import { hasPermission, maxSearchPageSize, mayPublish } from '@whatworks/domain';
import { readPageNumber, readSearchBox } from '@whatworks/sveltekit-bridge/search-params';
import { createApi, fromApi } from '$lib/server/api';
import { openDraft } from '$lib/server/open-draft';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const api = createApi(event);
	const params = event.url.searchParams;
	const search = readSearchBox(params, 'q');
	const { words } = search;
	// A page of the Evidence Store at a time, by name, or the best matches for the words typed: at
	// 10,000 interventions the whole list was 14 MB from the API on every visit.
	const [found, drafts] = await fromApi(
		Promise.all([
			api.interventions.search.query({
				q: words,
				sort: words ? 'relevance' : 'name',
				page: readPageNumber(params),
				pageSize: maxSearchPageSize
			}),
			api.drafts.list.query()
		])
	);
	const { staff } = event.locals;
	const me = staff?.id;
	const reviews = hasPermission(staff?.roles ?? [], 'content.publish');
	return {
		myDrafts: drafts.filter(
			(d) => d.state === 'draft' && (d.authorId === me || d.lastEditorId === me)
		),
		// A reviewer sees what they may publish (four eyes, as the server decides); anyone else
		// sees everything in review, to know where their colleagues' work stands.
		awaitingReview: reviews
			? drafts.filter((d) => staff !== null && mayPublish(d, staff))
			: drafts.filter((d) => d.state === 'in-review'),
		reviews,
		recentlyPublished: drafts.filter((d) => d.publishedAt !== null).slice(0, 5),
		search: { ...search, words: words ?? null },
		found: { total: found.total, page: found.page, pageCount: found.pageCount },
		interventions: found.items.map((intervention) => ({
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

/** Opens an intervention's draft, starting one from the live page when there is none. */
export const actions = { edit: openDraft } satisfies Actions;
