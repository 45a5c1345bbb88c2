import { formErrors, readForm } from '@whatworks/ui';
import { createApi, fromApi } from '$lib/server/api';
import { loadRecordOptions } from '$lib/server/record-options';
import { refusal } from '$lib/server/refusal';
import { error, fail, redirect } from '@sveltejs/kit';
import { researchKindSchema } from '$lib/research-kinds';
import { contentKinds, contentSchemas, kindedContentSchema } from '@whatworks/domain';
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
		const typed = readForm(await event.request.formData(), contentSchemas[kind]);
		const input = kindedContentSchema.safeParse({ kind, content: typed });
		if (!input.success) {
			const issues = input.error.issues.map((issue) => ({ ...issue, path: issue.path.slice(1) }));
			return fail(400, { errors: formErrors(issues, contentSchemas[kind], typed), typed });
		}
		let draftId: number;
		try {
			({ draftId } = await createApi(event).drafts.create.mutate(input.data));
		} catch (cause) {
			return refusal(cause, contentKinds[kind].titleField, { typed });
		}
		redirect(303, `/drafts/${draftId}`);
	}
} satisfies Actions;
