import { fieldErrors, readText, type FieldError } from '$lib/forms';
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { interventionContentSchema, type InterventionContent } from '@whatworks/domain';
import { createApi, fromApi } from './api';
import { refusal } from './refusal';

/** The edition a page of the editor is about, from its `[id]` parameter. */
export async function loadEdition(event: RequestEvent<{ id: string }>) {
	const editionId = Number(event.params.id);
	if (!Number.isInteger(editionId) || editionId < 1) error(404, 'There is no such edition.');
	const edition = await fromApi(
		createApi(event).editorial.get.query({ editionId }),
		'There is no such edition.'
	);
	return edition;
}

/**
 * Saves one change to a draft's content, made to the revision the form was opened on (so a
 * colleague's later save is refused as a conflict, never overwritten), then redirects. A refused change returns the form as typed, with each problem on its field: `change`
 * may report problems of its own (a number that is not one), and `fieldOf` turns the schema's
 * paths into the form's field names.
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
	const editionId = Number(event.params.id);
	const baseRevisionId = Number(readText(form, 'baseRevisionId'));
	const api = createApi(event);
	const base = await fromApi(
		api.editorial.revision.query({ editionId, revisionId: baseRevisionId }),
		'There is no such revision.'
	);
	const changed = options.change(base);
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
		await api.editorial.save.mutate({ editionId, baseRevisionId, content: parsed.data });
	} catch (cause) {
		return refusal(cause, options.typed ? 'save' : 'remove', { typed: options.typed ?? {} });
	}
	redirect(303, options.returnTo());
}
