import { formFields } from '@whatworks/ui';
import { entryOf, loadInterventionDraft, removeEntry, saveEntry } from '$lib/server/draft';
import type { InterventionContent } from '@whatworks/domain';
import type { Actions, PageServerLoad } from './$types';

/** The outcomes with contrasts from the study. */
function outcomesUsing(content: InterventionContent, key: string): string[] {
	return content.outcomes
		.filter((o) => o.contrasts.some((c) => c.studyKey === key))
		.map((o) => o.outcome);
}

/** What a new study's form starts with. */
const newStudy = {
	design: 'rct',
	independentOfDeveloper: false,
	source: 'illustrative',
	country: 'GB'
};

export const load: PageServerLoad = async (event) => {
	const draft = await loadInterventionDraft(event);
	const content = draft.latest.content;
	const study = entryOf(content, 'studies', event.params.key);
	return {
		draft: { id: draft.id, state: draft.state, name: content.name },
		baseRevisionId: draft.latest.id,
		study,
		usedBy: study ? outcomesUsing(content, study.key) : [],
		typed: formFields(study ?? newStudy)
	};
};

export const actions = {
	save: async (event) =>
		saveEntry(event, await event.request.formData(), {
			list: 'studies',
			returnTo: () => `/drafts/${event.params.id}#study-data`
		}),

	remove: async (event) =>
		removeEntry(event, await event.request.formData(), 'studies', (content) => {
			const usedBy = outcomesUsing(content, event.params.key);
			if (usedBy.length === 0) return undefined;
			return `Contrasts on ${usedBy.join(', ')} come from this study: remove them first.`;
		})
} satisfies Actions;
