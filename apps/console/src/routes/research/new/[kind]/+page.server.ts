import { readRecordForm, recordFieldErrors } from '$lib/record-forms';
import { createApi, fromApi } from '$lib/server/api';
import { loadRecordOptions } from '$lib/server/record-options';
import { refusal } from '$lib/server/refusal';
import { error, fail, redirect } from '@sveltejs/kit';
import { researchKindSchema } from '$lib/research-kinds';
import { kindedContentSchema } from '@whatworks/domain';
import type { Actions, PageServerLoad } from './$types';

function kindOf(param: string) {
	const kind = researchKindSchema.safeParse(param);
	if (!kind.success) error(404, 'There is no such kind of record.');
	return kind.data;
}

export const load: PageServerLoad = async (event) => {
	const kind = kindOf(event.params.kind);
	return { kind, options: await fromApi(loadRecordOptions(createApi(event), kind)) };
};

export const actions = {
	default: async (event) => {
		const kind = kindOf(event.params.kind);
		const typed = readRecordForm(kind, await event.request.formData());
		const input = kindedContentSchema.safeParse({ kind, content: typed });
		if (!input.success) {
			return fail(400, { errors: recordFieldErrors(input.error.issues), typed });
		}
		let draftId: number;
		try {
			({ draftId } = await createApi(event).drafts.create.mutate(input.data));
		} catch (cause) {
			return refusal(cause, kind === 'publication' ? 'title' : 'name', { typed });
		}
		redirect(303, `/drafts/${draftId}`);
	}
} satisfies Actions;
