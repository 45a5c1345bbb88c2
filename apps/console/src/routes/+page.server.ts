import { hasPermission, mayPublish } from '@whatworks/domain';
import { createApi, fromApi } from '$lib/server/api';
import { openDraft } from '$lib/server/open-draft';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const api = createApi(event);
	const [interventions, drafts] = await fromApi(
		Promise.all([api.interventions.list.query(), api.drafts.list.query()])
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

/** Opens an intervention's draft, starting one from the live page when there is none. */
export const actions = { edit: openDraft } satisfies Actions;
