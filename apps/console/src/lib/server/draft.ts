import { fieldErrors, readText, type FieldError } from '$lib/forms';
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { interventionContentSchema, type InterventionContent } from '@whatworks/domain';
import { createApi, fromApi } from './api';
import { refusal } from './refusal';

/** The id of the draft a page is about, from its `[id]` parameter; anything else is a 404. */
export function draftIdOf(params: { id: string }): number {
	const draftId = Number(params.id);
	if (!Number.isInteger(draftId) || draftId < 1) error(404, 'There is no such draft.');
	return draftId;
}

/** The draft of an intervention a page of its study data is about. */
export async function loadInterventionDraft(event: RequestEvent<{ id: string }>) {
	const draft = await fromApi(
		createApi(event).drafts.get.query({ draftId: draftIdOf(event.params) }),
		'There is no such draft.'
	);
	if (draft.kind !== 'intervention') error(404, 'This draft has no study data.');
	return draft;
}

/**
 * Saves one change to an intervention draft's content, made to the revision the form was opened
 * on (so a colleague's later save is refused as a conflict, never overwritten), then redirects. A
 * refused change returns the form as typed, with each problem on its field: `change` may report
 * problems of its own (a number that is not one), and `fieldOf` turns the schema's paths into
 * the form's field names.
 */
export async function saveChange(
	event: RequestEvent<{ id: string }>,
	form: FormData,
	options: {
		change: (content: InterventionContent) => { content: unknown; errors?: FieldError[] };
		fieldOf: (path: string) => string;
		/** The form as typed, to show again when refused; none for forms without fields. */
		typed?: Record<string, string>;
		/** Where to go once saved. */
		returnTo: () => string;
	}
) {
	const draftId = draftIdOf(event.params);
	const baseRevisionId = Number(readText(form, 'baseRevisionId'));
	const api = createApi(event);
	const base = await fromApi(
		api.drafts.revision.query({ draftId, revisionId: baseRevisionId }),
		'There is no such revision.'
	);
	if (base.kind !== 'intervention') error(404, 'This draft has no study data.');
	const changed = options.change(base.content);
	const parsed = interventionContentSchema.safeParse(changed.content);
	const errors = [
		...(changed.errors ?? []),
		...(parsed.success ? [] : fieldErrors(parsed.error.issues)).map((e) => ({
			...e,
			field: options.fieldOf(e.field)
		}))
	];
	if (!parsed.success || errors.length > 0) {
		// The first problem per field, as the form shows one message per field.
		const unique = errors.filter((e, i) => errors.findIndex((f) => f.field === e.field) === i);
		return fail(400, { errors: unique, typed: options.typed ?? {} });
	}
	try {
		await api.drafts.save.mutate({
			draftId,
			baseRevisionId,
			kind: 'intervention',
			content: parsed.data
		});
	} catch (cause) {
		return refusal(cause, options.typed ? 'save' : 'remove', { typed: options.typed ?? {} });
	}
	redirect(303, options.returnTo());
}
