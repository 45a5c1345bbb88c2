import { createApi, fromApi } from '$lib/server/api';
import { readText } from '$lib/forms';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const api = createApi(event);
	const [interventions, editions] = await fromApi(
		Promise.all([api.interventions.list.query(), api.editorial.list.query()])
	);
	const me = event.locals.staff?.id;
	return {
		myDrafts: editions.filter(
			(e) => e.state === 'draft' && (e.authorId === me || e.lastEditorId === me)
		),
		// Waiting for someone other than whoever wrote or last edited it: four eyes.
		awaitingReview: editions.filter(
			(e) => e.state === 'in-review' && e.authorId !== me && e.lastEditorId !== me
		),
		recentlyPublished: editions.filter((e) => e.publishedAt !== null).slice(0, 5),
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

export const actions = {
	/** Opens the intervention's draft, starting one from the live page when there is none. */
	edit: async (event) => {
		const slug = readText(await event.request.formData(), 'slug');
		const { editionId } = await fromApi(createApi(event).editorial.start.mutate({ slug }));
		redirect(303, `/editions/${editionId}`);
	}
} satisfies Actions;
