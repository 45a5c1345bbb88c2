import { readText } from '$lib/forms';
import { createApi, fromApi } from '$lib/server/api';
import { refusal } from '$lib/server/refusal';
import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { idSchema, newsletterNumberPattern, sendNewsletterInputSchema } from '@whatworks/domain';
import { formErrors, readForm, sentFields } from '@whatworks/ui';
import type { Actions, PageServerLoad } from './$types';

const notFound = 'No e-newsletter with this number is published.';

/** The issue's number from the address; anything but one is a 404. */
function numberOf(event: RequestEvent<{ number: string }>): number {
	if (!newsletterNumberPattern.test(event.params.number)) error(404, notFound);
	return Number(event.params.number);
}

export const load: PageServerLoad = async (event) => {
	const number = numberOf(event);
	const api = createApi(event);
	const [issue, mailings] = await Promise.all([
		fromApi(api.newsletters.get.query({ number }), notFound),
		fromApi(api.newsletters.mailings.query({ number }))
	]);
	return { issue, mailings };
};

export const actions = {
	/** Sends the issue now or at a London time, to everyone or to chosen topics. */
	send: async (event) => {
		const slug = String(numberOf(event));
		const form = await event.request.formData();
		const typed = { ...(readForm(form, sendNewsletterInputSchema) as object), slug };
		// What a refused form shows again: the text typed, and every topic ticked.
		const refused = { typed: sentFields(form), topics: form.getAll('topics').map(String) };
		const input = sendNewsletterInputSchema.safeParse(typed);
		if (!input.success) {
			return fail(400, {
				errors: formErrors(input.error.issues, sendNewsletterInputSchema, typed),
				...refused
			});
		}
		try {
			const sent = await createApi(event).newsletters.send.mutate(input.data);
			return {
				sent: { ...sent, topics: input.data.audience === 'everyone' ? null : input.data.topics }
			};
		} catch (cause) {
			return refusal(cause, 'timing', refused);
		}
	},
	/** Stops a mailing that has not started. */
	cancel: async (event) => {
		numberOf(event);
		const mailingId = idSchema.safeParse(
			Number(readText(await event.request.formData(), 'mailingId'))
		);
		if (!mailingId.success) error(400, 'There is no such mailing.');
		try {
			await createApi(event).newsletters.cancel.mutate({ mailingId: mailingId.data });
		} catch (cause) {
			// Named on the list of mailings: the stop button is gone once one has started.
			return refusal(cause, 'progress');
		}
		return { stopped: mailingId.data };
	}
} satisfies Actions;
