import { readText } from '$lib/forms';
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { contentKindSchema } from '@whatworks/domain';
import { createApi } from './api';
import { refusal } from './refusal';

/**
 * The "Edit" form action of a list of live items: opens the item's draft (the one in progress,
 * or a new one). A refusal goes back to the row's form, `edit-<kind>-<slug>`.
 */
export async function openDraft(event: RequestEvent) {
	const form = await event.request.formData();
	const slug = readText(form, 'slug');
	const kind = contentKindSchema.safeParse(readText(form, 'kind'));
	if (!kind.success) error(400, 'There is no such kind of content.');
	let draftId: number;
	try {
		({ draftId } = await createApi(event).drafts.start.mutate({ kind: kind.data, slug }));
	} catch (cause) {
		return refusal(cause, `edit-${kind.data}-${slug}`);
	}
	redirect(303, `/drafts/${draftId}`);
}
