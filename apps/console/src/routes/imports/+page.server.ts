import { createApi, fromApi } from '$lib/server/api';
import { refusal } from '$lib/server/refusal';
import { readText } from '$lib/forms';
import { dataImportKindSchema, maxImportFileChars } from '@whatworks/domain';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	imports: await fromApi(createApi(event).imports.list.query())
});

export const actions = {
	/** Runs one import, from the uploaded file or (with `source=data-directory`) the server's copy. */
	run: async (event) => {
		const form = await event.request.formData();
		const kind = dataImportKindSchema.safeParse(readText(form, 'kind'));
		if (!kind.success)
			return fail(400, { errors: [{ field: 'main-content', message: 'Choose an import' }] });
		const field = `file-${kind.data}`;
		let text: string | undefined;
		if (readText(form, 'source') !== 'data-directory') {
			const file = form.get('file');
			if (!(file instanceof File) || file.size === 0) {
				return fail(400, { errors: [{ field, message: 'Choose the file to import' }] });
			}
			if (file.size > maxImportFileChars) {
				return fail(400, {
					errors: [
						{
							field,
							message:
								'The file is too large to upload here (900 KB at most); import it with `pnpm data:import` instead'
						}
					]
				});
			}
			text = await file.text();
		}
		try {
			const outcome = await createApi(event).imports.run.mutate({ kind: kind.data, text });
			return { kind: kind.data, outcome };
		} catch (cause) {
			return refusal(cause, field);
		}
	}
} satisfies Actions;
