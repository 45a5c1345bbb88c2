import { readText } from '$lib/forms';
import { sentFields } from '@whatworks/ui';
import { fail, type RequestEvent } from '@sveltejs/kit';
import { altTextSchema, checkImageUpload, checkPdfUpload } from '@whatworks/domain';
import { createApi } from './api';
import { draftIdOf } from './draft';
import { refusal } from './refusal';
import { uploadImage, uploadReport } from './uploads';

/** A request to a draft's page. */
type DraftEvent = RequestEvent<{ id: string }>;

/**
 * Attaches an image with its description onto the revision the form was opened on; a refusal
 * goes on `field`, with what was typed.
 */
async function attachImage(
	event: DraftEvent,
	form: FormData,
	image: { id: number; alt: string },
	field: string,
	sent: Record<string, string>
) {
	try {
		await createApi(event).drafts.attachImage.mutate({
			draftId: draftIdOf(event.params),
			baseRevisionId: Number(readText(form, 'baseRevisionId')),
			image
		});
	} catch (cause) {
		return refusal(cause, field, { sent });
	}
	return { imageAttached: true };
}

/**
 * The draft page's actions on what is attached to a draft apart from its form: a publication's
 * report, an article's image. Each goes onto the revision the page showed.
 */
export const attachmentActions = {
	attach: async (event: DraftEvent) => {
		const draftId = draftIdOf(event.params);
		const form = await event.request.formData();
		const upload = form.get('report');
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
		const uploaded = await uploadReport(event, { name: upload.name, bytes });
		if (!('stored' in uploaded)) {
			return fail(uploaded.status, { errors: [{ field: 'report', message: uploaded.message }] });
		}
		try {
			await createApi(event).drafts.attachFile.mutate({
				draftId,
				baseRevisionId: Number(readText(form, 'baseRevisionId')),
				fileId: uploaded.stored.id
			});
		} catch (cause) {
			return refusal(cause, 'report');
		}
		return { attached: uploaded.stored.name };
	},

	detach: async (event: DraftEvent) => {
		const form = await event.request.formData();
		try {
			await createApi(event).drafts.attachFile.mutate({
				draftId: draftIdOf(event.params),
				baseRevisionId: Number(readText(form, 'baseRevisionId')),
				fileId: null
			});
		} catch (cause) {
			return refusal(cause, 'report');
		}
		return { detached: true };
	},

	/**
	 * Attaches a new image, or puts one in place of the attached one, with its description. Both
	 * are checked before the image travels; a refusal keeps the description typed.
	 */
	attachImage: async (event: DraftEvent) => {
		const form = await event.request.formData();
		const sent = sentFields(form);
		const chosen = form.get('image');
		const bytes =
			chosen instanceof File && chosen.size > 0 ? new Uint8Array(await chosen.arrayBuffer()) : null;
		const alt = altTextSchema.safeParse(readText(form, 'image.alt'));
		const errors = alt.success
			? []
			: alt.error.issues.map(({ message }) => ({ field: 'image.alt', message }));
		try {
			// The same checks as the API's, here first so a wrong file is named before it travels.
			if (!bytes) errors.unshift({ field: 'image', message: 'Choose the image to attach' });
			else checkImageUpload(bytes);
		} catch (cause) {
			const message = cause instanceof Error ? cause.message : 'The file is not an image';
			errors.unshift({ field: 'image', message });
		}
		if (bytes && errors.length > 0 && errors[0]?.field !== 'image') {
			// A refused form cannot give a file back: say so beside the file input.
			errors.unshift({ field: 'image', message: 'Choose the image again' });
		}
		if (!bytes || !alt.success || errors.length > 0) return fail(400, { errors, sent });
		const uploaded = await uploadImage(event, bytes);
		if (!('stored' in uploaded)) {
			return fail(uploaded.status, {
				errors: [{ field: 'image', message: uploaded.message }],
				sent
			});
		}
		return attachImage(event, form, { id: uploaded.stored.id, alt: alt.data }, 'image', sent);
	},

	/** Describes the attached image anew. */
	describeImage: async (event: DraftEvent) => {
		const form = await event.request.formData();
		const sent = sentFields(form);
		const alt = altTextSchema.safeParse(readText(form, 'alt'));
		if (!alt.success) {
			const errors = alt.error.issues.map(({ message }) => ({ field: 'alt', message }));
			return fail(400, { errors, sent });
		}
		const id = Number(readText(form, 'image.id'));
		return attachImage(event, form, { id, alt: alt.data }, 'alt', sent);
	},

	detachImage: async (event: DraftEvent) => {
		const form = await event.request.formData();
		try {
			await createApi(event).drafts.attachImage.mutate({
				draftId: draftIdOf(event.params),
				baseRevisionId: Number(readText(form, 'baseRevisionId')),
				image: null
			});
		} catch (cause) {
			return refusal(cause, 'image');
		}
		return { imageDetached: true };
	}
};
