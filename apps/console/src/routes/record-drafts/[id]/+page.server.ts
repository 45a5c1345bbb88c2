import { readText } from '$lib/forms';
import { readRecordForm, recordFieldErrors } from '$lib/record-forms';
import { loadRecordOptions } from '$lib/server/record-options';
import { apiErrorCode, createApi, fromApi } from '$lib/server/api';
import { refusal } from '$lib/server/refusal';
import { error, fail, redirect } from '@sveltejs/kit';
import { checkPdfUpload, kindedContentSchema, workflowActionSchema } from '@whatworks/domain';
import { uploadReport } from '$lib/server/files';
import type { Actions, PageServerLoad } from './$types';

function draftId(param: string): number {
	const id = Number(param);
	if (!Number.isInteger(id) || id < 1) error(404, 'There is no such draft.');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const api = createApi(event);
	const draft = await fromApi(
		api.records.get.query({ id: draftId(event.params.id) }),
		'There is no such draft.'
	);
	return { draft, options: await fromApi(loadRecordOptions(api, draft.kind)) };
};

export const actions = {
	attach: async (event) => {
		const id = draftId(event.params.id);
		const api = createApi(event);
		// Only a publication still in draft takes a report: ask before sending 20 MB anywhere.
		const draft = await fromApi(api.records.get.query({ id }), 'There is no such draft.');
		if (draft.kind !== 'publication' || draft.state !== 'draft') {
			return fail(409, {
				errors: [{ field: 'report', message: 'This draft cannot take a report.' }]
			});
		}
		const upload = (await event.request.formData()).get('report');
		if (!(upload instanceof File) || upload.size === 0) {
			return fail(400, { errors: [{ field: 'report', message: 'Choose the report to attach' }] });
		}
		const bytes = new Uint8Array(await upload.arrayBuffer());
		try {
			// The same checks as the API's, here first so a wrong file is named before it travels.
			checkPdfUpload({ name: upload.name, bytes });
		} catch (cause) {
			const message = cause instanceof Error ? cause.message : 'The file is not a PDF';
			return fail(400, { errors: [{ field: 'report', message }] });
		}
		const stored = await uploadReport(event, { name: upload.name, bytes });
		if (!('file' in stored)) {
			return fail(stored.status, { errors: [{ field: 'report', message: stored.message }] });
		}
		try {
			await api.records.attachFile.mutate({ id, fileId: stored.file.id });
		} catch (cause) {
			return refusal(cause, 'report');
		}
		return { attached: stored.file.name };
	},
	detach: async (event) => {
		const id = draftId(event.params.id);
		try {
			await createApi(event).records.attachFile.mutate({ id, fileId: null });
		} catch (cause) {
			return refusal(cause, 'report');
		}
		return { detached: true };
	},
	save: async (event) => {
		const id = draftId(event.params.id);
		const saved = await fromApi(createApi(event).records.get.query({ id }));
		const file = saved.kind === 'publication' ? saved.content.file : null;
		const typed = readRecordForm(saved.kind, await event.request.formData(), file);
		const input = kindedContentSchema.safeParse({ kind: saved.kind, content: typed });
		if (!input.success) {
			return fail(400, { errors: recordFieldErrors(input.error.issues), typed });
		}
		try {
			await createApi(event).records.save.mutate({ id, ...input.data });
		} catch (cause) {
			return refusal(cause, saved.kind === 'publication' ? 'title' : 'name', { typed });
		}
		return { saved: true };
	},
	transition: async (event) => {
		const id = draftId(event.params.id);
		const form = await event.request.formData();
		const action = workflowActionSchema.safeParse(readText(form, 'action'));
		if (!action.success)
			return fail(400, { errors: [{ field: 'workflow', message: 'Choose what to do' }] });
		const changeNote = readText(form, 'changeNote').trim();
		const note = {
			minor: readText(form, 'minor') === 'yes',
			...(changeNote ? { changeNote } : {})
		};
		let state: string | null;
		try {
			({ state } = await createApi(event).records.transition.mutate({
				id,
				action: action.data,
				note
			}));
		} catch (cause) {
			// A missing change note belongs to its field; anything else to the workflow's buttons.
			const onNote = action.data === 'publish' && apiErrorCode(cause) === 'BAD_REQUEST';
			return refusal(cause, onNote ? 'changeNote' : 'workflow');
		}
		if (state === null) redirect(303, '/research');
		return { moved: state };
	}
} satisfies Actions;
