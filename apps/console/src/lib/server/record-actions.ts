import { readText } from '$lib/forms';
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { recordKindSchema } from '@whatworks/domain';
import { createApi } from './api';
import { refusal } from './refusal';

/**
 * The "Edit" form action of a record list: opens the draft of a live record (the one in
 * progress, or a new one). A refusal goes back to the row's form, `edit-<kind>-<slug>`.
 */
export async function openRecordDraft(event: RequestEvent) {
	const form = await event.request.formData();
	const slug = readText(form, 'slug');
	const kind = recordKindSchema.safeParse(readText(form, 'kind'));
	let id: number;
	try {
		if (!kind.success) throw kind.error;
		({ id } = await createApi(event).records.start.mutate({ kind: kind.data, slug }));
	} catch (cause) {
		return refusal(cause, `edit-${kind.data ?? ''}-${slug}`);
	}
	redirect(303, `/record-drafts/${id}`);
}
