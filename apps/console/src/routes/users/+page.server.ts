import { createApi, fromApi } from '$lib/server/api';
import { refusal } from '$lib/server/refusal';
import { readText } from '$lib/forms';
import { formErrors, readForm, listOf } from '@whatworks/ui';
import { inviteInputSchema } from '@whatworks/domain';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	users: await fromApi(createApi(event).users.list.query())
});

export const actions = {
	invite: async (event) => {
		const form = await event.request.formData();
		const input = inviteInputSchema.safeParse(readForm(form, inviteInputSchema));
		const typed = {
			email: readText(form, 'email'),
			name: readText(form, 'name'),
			roles: listOf(form.getAll('roles'))
		};
		if (!input.success)
			return fail(400, { ...typed, errors: formErrors(input.error.issues, inviteInputSchema) });
		try {
			const invite = await createApi(event).users.invite.mutate(input.data);
			const link = new URL(`/accept-invite?token=${invite.token}`, event.url).href;
			return { invited: { email: input.data.email, link, expiresAt: invite.expiresAt } };
		} catch (cause) {
			return refusal(cause, 'email', typed);
		}
	},
	disable: async (event) => {
		const id = Number(readText(await event.request.formData(), 'id'));
		try {
			await createApi(event).users.disable.mutate({ id });
			return { disabled: id };
		} catch (cause) {
			return refusal(cause, `disable-${id}`);
		}
	}
} satisfies Actions;
