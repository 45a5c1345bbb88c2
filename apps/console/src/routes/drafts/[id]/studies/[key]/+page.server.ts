import { loadInterventionDraft, saveChange } from '$lib/server/draft';
import { newKey, studyAsTyped, studyFromForm, typedStudy } from '$lib/study-data-form';
import { error, fail } from '@sveltejs/kit';
import type { InterventionContent } from '@whatworks/domain';
import type { Actions, PageServerLoad } from './$types';

/** The study the page edits, or null for a new one; a key that names nothing is a 404. */
function studyOf(content: InterventionContent, key: string) {
	if (key === 'new') return null;
	const study = content.studies.find((s) => s.key === key);
	if (!study) error(404, 'There is no such study in this draft.');
	return study;
}

/** The outcomes with contrasts from the study. */
function outcomesUsing(content: InterventionContent, key: string): string[] {
	return content.outcomes
		.filter((o) => o.contrasts.some((c) => c.studyKey === key))
		.map((o) => o.outcome);
}

export const load: PageServerLoad = async (event) => {
	const draft = await loadInterventionDraft(event);
	const content = draft.latest.content;
	const study = studyOf(content, event.params.key);
	return {
		draft: { id: draft.id, state: draft.state, name: content.name },
		baseRevisionId: draft.latest.id,
		study,
		usedBy: study ? outcomesUsing(content, study.key) : [],
		typed: studyAsTyped(study)
	};
};

export const actions = {
	save: async (event) => {
		const form = await event.request.formData();
		const typed = typedStudy(form);
		let index = -1;
		return saveChange(event, form, {
			change: (content) => {
				const saved = studyOf(content, event.params.key);
				const { study, errors } = studyFromForm(typed, saved?.key ?? newKey(content));
				const studies = [...content.studies];
				index = saved ? studies.findIndex((s) => s.key === saved.key) : studies.length;
				studies[index] = study as InterventionContent['studies'][number];
				return { content: { ...content, studies }, errors };
			},
			fieldOf: (path) => {
				const prefix = `studies.${index}.`;
				return path.startsWith(prefix) ? path.slice(prefix.length) : 'save';
			},
			typed,
			returnTo: () => `/drafts/${event.params.id}#study-data`
		});
	},

	remove: async (event) => {
		const form = await event.request.formData();
		const draft = await loadInterventionDraft(event);
		const usedBy = outcomesUsing(draft.latest.content, event.params.key);
		if (usedBy.length > 0) {
			const message = `Contrasts on ${usedBy.join(', ')} come from this study: remove them first.`;
			return fail(409, { errors: [{ field: 'remove', message }], typed: {} });
		}
		return saveChange(event, form, {
			change: (content) => ({
				content: {
					...content,
					studies: content.studies.filter((s) => s.key !== event.params.key)
				}
			}),
			fieldOf: () => 'remove',
			returnTo: () => `/drafts/${event.params.id}#study-data`
		});
	}
} satisfies Actions;
