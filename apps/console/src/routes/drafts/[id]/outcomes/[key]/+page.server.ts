import { formErrors, formFields, readForm, sentFields } from '@whatworks/ui';
import { readText } from '$lib/forms';
import { createApi } from '$lib/server/api';
import { refusal } from '$lib/server/refusal';
import { entryOf, loadInterventionDraft, removeEntry, saveEntry } from '$lib/server/draft';
import { fail, redirect } from '@sveltejs/kit';
import { hasPermission, outcomeEntrySchema, type OutcomeEntry } from '@whatworks/domain';
import type { Actions, PageServerLoad } from './$types';

/** The form's rows of contrasts: the saved ones, then a blank one to add another with. */
function outcomeFields(outcome: OutcomeEntry | null, studyKey: string): Record<string, string> {
	const contrasts = outcome?.contrasts ?? [];
	const blank = { studyKey, metric: 'smd', favourableDirection: 'higher', designRating: 'high' };
	const defaults = { outcome: '', domain: 'child-safety', source: 'illustrative', override: null };
	return {
		...formFields({ ...defaults, ...outcome, contrasts: [...contrasts, blank] }),
		override: outcome?.override ? 'yes' : 'no',
		rowCount: String(contrasts.length + 1)
	};
}

export const load: PageServerLoad = async (event) => {
	const draft = await loadInterventionDraft(event);
	const content = draft.latest.content;
	const outcome = entryOf(content, 'outcomes', event.params.key);
	return {
		draft: { id: draft.id, state: draft.state, name: content.name },
		baseRevisionId: draft.latest.id,
		studies: content.studies.map(({ key, label, citation, country }) => ({
			key,
			label: label || citation.slice(0, 60),
			country
		})),
		outcome,
		typed: outcomeFields(outcome, content.studies[0]?.key ?? ''),
		mayOverride: hasPermission(event.locals.staff?.roles ?? [], 'ratings.override')
	};
};

/** The reviewer's rating alone, from the form that sends only it. */
const overrideSchema = outcomeEntrySchema.pick({ override: true });

export const actions = {
	// Back to this outcome, to add another contrast or check the rating.
	save: async (event) =>
		saveEntry(event, await event.request.formData(), {
			list: 'outcomes',
			returnTo: (key) => `/drafts/${event.params.id}/outcomes/${key}?saved`
		}),

	/**
	 * The form as typed, for the page to rate: the preview for browsers without JavaScript. What
	 * cannot be rated is named, as saving would name it.
	 */
	preview: async (event) => {
		const form = await event.request.formData();
		// The rating form is not part of this one: the outcome is judged without it.
		const outcome = readForm(form, outcomeEntrySchema, { key: event.params.key, override: null });
		const parsed = outcomeEntrySchema.safeParse(outcome);
		const typed = sentFields(form);
		if (parsed.success) return { typed };
		return fail(400, {
			errors: formErrors(parsed.error.issues, outcomeEntrySchema, outcome),
			typed
		});
	},

	/** The form as typed with one more blank row of contrasts, set like the last one. */
	addRow: async (event) => {
		const typed = sentFields(await event.request.formData());
		const row = Number(typed.rowCount) || 0;
		for (const field of ['studyKey', 'metric', 'favourableDirection', 'designRating']) {
			typed[`contrasts.${row}.${field}`] = typed[`contrasts.${row - 1}.${field}`] ?? '';
		}
		typed.rowCount = String(Math.min(row + 1, 500));
		return { typed };
	},

	/** A reviewer's rating in place of the computed one, or its removal. */
	override: async (event) => {
		const form = await event.request.formData();
		const typed = sentFields(form);
		const read = readForm(form, overrideSchema);
		const parsed = overrideSchema.safeParse(read);
		if (!parsed.success) {
			return fail(400, { errors: formErrors(parsed.error.issues, overrideSchema, read), typed });
		}
		try {
			await createApi(event).drafts.saveOverride.mutate({
				draftId: Number(event.params.id),
				baseRevisionId: Number(readText(form, 'baseRevisionId')),
				outcomeKey: event.params.key,
				override: parsed.data.override
			});
		} catch (cause) {
			return refusal(cause, 'override.effectiveness', { typed });
		}
		redirect(303, `/drafts/${event.params.id}/outcomes/${event.params.key}?saved`);
	},

	remove: async (event) => removeEntry(event, await event.request.formData(), 'outcomes')
} satisfies Actions;
