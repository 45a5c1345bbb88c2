import { fieldErrors, readText } from '$lib/forms';
import { createApi } from '$lib/server/api';
import { refusal } from '$lib/server/refusal';
import { loadInterventionDraft, saveChange } from '$lib/server/draft';
import { newKey, outcomeAsTyped, outcomeFromForm, typedOutcome } from '$lib/study-data-form';
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import {
	hasPermission,
	outcomeEntrySchema,
	ratingOverrideSchema,
	type InterventionContent
} from '@whatworks/domain';
import type { Actions, PageServerLoad } from './$types';

/** The outcome the page edits, or null for a new one; a key that names nothing is a 404. */
function outcomeOf(content: InterventionContent, key: string) {
	if (key === 'new') return null;
	const outcome = content.outcomes.find((o) => o.key === key);
	if (!outcome) error(404, 'There is no such outcome in this draft.');
	return outcome;
}

export const load: PageServerLoad = async (event) => {
	const draft = await loadInterventionDraft(event);
	const content = draft.latest.content;
	const outcome = outcomeOf(content, event.params.key);
	return {
		draft: { id: draft.id, state: draft.state, name: content.name },
		baseRevisionId: draft.latest.id,
		studies: content.studies.map(({ key, label, citation, country }) => ({
			key,
			label: label || citation.slice(0, 60),
			country
		})),
		outcome,
		typed: outcomeAsTyped(outcome, content.studies[0]?.key ?? ''),
		mayOverride: hasPermission(event.locals.staff?.roles ?? [], 'ratings.override')
	};
};

/**
 * Reads the outcome form against the revision it was opened on. The reviewer's rating has a form
 * of its own, so the saved one stays as it is.
 */
function readForm(
	event: RequestEvent<{ id: string; key: string }>,
	form: FormData,
	content: InterventionContent
) {
	const saved = outcomeOf(content, event.params.key);
	const typed = typedOutcome(form);
	const read = outcomeFromForm(typed, saved?.key ?? newKey(content), {
		mayOverride: false,
		saved: saved?.override ?? null
	});
	return { saved, typed, ...read };
}

/** The form's name for a schema path within this outcome (`contrasts.2.variance` → row 2's). */
function fieldOfOutcome(rows: number[], path: string): string {
	const match = /^contrasts\.(\d+)\.(.+)$/.exec(path);
	if (match) return `contrasts.${rows[Number(match[1])] ?? 0}.${match[2]}`;
	if (path.startsWith('override.')) {
		const field = path.slice('override.'.length);
		return `override${field[0]?.toUpperCase()}${field.slice(1)}`;
	}
	return path || 'outcome';
}

export const actions = {
	save: async (event) => {
		const form = await event.request.formData();
		let index = -1;
		let rows: number[] = [];
		let key = event.params.key;
		return saveChange(event, form, {
			change: (content) => {
				const read = readForm(event, form, content);
				rows = read.rows;
				key = String(read.outcome.key);
				const outcomes = [...content.outcomes];
				index = read.saved ? outcomes.findIndex((o) => o.key === read.saved?.key) : outcomes.length;
				outcomes[index] = read.outcome as InterventionContent['outcomes'][number];
				return { content: { ...content, outcomes }, errors: read.errors };
			},
			fieldOf: (path) => {
				const prefix = `outcomes.${index}.`;
				return path.startsWith(prefix) ? fieldOfOutcome(rows, path.slice(prefix.length)) : 'save';
			},
			typed: typedOutcome(form),
			// Back to this outcome, to add another contrast or check the rating.
			returnTo: () => `/drafts/${event.params.id}/outcomes/${key}?saved`
		});
	},

	/**
	 * The form as typed, for the page to rate: the preview for browsers without JavaScript. What
	 * cannot be rated is named, as saving would name it.
	 */
	preview: async (event) => {
		const form = await event.request.formData();
		const draft = await loadInterventionDraft(event);
		const read = readForm(event, form, draft.latest.content);
		const parsed = outcomeEntrySchema.safeParse(read.outcome);
		const errors = fieldErrors([
			...read.errors.map((e) => ({ path: [e.field], message: e.message })),
			...(parsed.success ? [] : parsed.error.issues).map((issue) => ({
				path: [fieldOfOutcome(read.rows, issue.path.map(String).join('.'))],
				message: issue.message
			}))
		]);
		return errors.length > 0 ? fail(400, { errors, typed: read.typed }) : { typed: read.typed };
	},

	/** The form as typed with one more blank row of contrasts. */
	addRow: async (event) => {
		const typed = typedOutcome(await event.request.formData());
		const row = Number(typed.rowCount);
		const last = row - 1;
		for (const field of ['studyKey', 'metric', 'favourableDirection', 'designRating']) {
			typed[`contrasts.${row}.${field}`] = typed[`contrasts.${last}.${field}`] ?? '';
		}
		typed.rowCount = String(row + 1);
		return { typed };
	},

	/** A reviewer's rating in place of the computed one, or its removal. */
	override: async (event) => {
		const form = await event.request.formData();
		const typed = typedOutcome(form);
		const effectiveness = readText(form, 'overrideEffectiveness');
		const override = effectiveness
			? ratingOverrideSchema.safeParse({
					effectiveness,
					strength: readText(form, 'overrideStrength'),
					justification: readText(form, 'overrideJustification')
				})
			: null;
		if (override && !override.success) {
			const errors = fieldErrors(override.error.issues).map((e) => ({
				...e,
				field: fieldOfOutcome([], `override.${e.field}`)
			}));
			return fail(400, { errors, typed });
		}
		try {
			await createApi(event).drafts.saveOverride.mutate({
				draftId: Number(event.params.id),
				baseRevisionId: Number(readText(form, 'baseRevisionId')),
				outcomeKey: event.params.key,
				override: override?.data ?? null
			});
		} catch (cause) {
			return refusal(cause, 'overrideEffectiveness', { typed });
		}
		redirect(303, `/drafts/${event.params.id}/outcomes/${event.params.key}?saved`);
	},

	remove: async (event) => {
		const form = await event.request.formData();
		return saveChange(event, form, {
			change: (content) => ({
				content: {
					...content,
					outcomes: content.outcomes.filter((o) => o.key !== event.params.key)
				}
			}),
			fieldOf: () => 'remove',
			returnTo: () => `/drafts/${event.params.id}#study-data`
		});
	}
} satisfies Actions;
