import { readText } from '$lib/forms';
import { createApi, fromApi } from '$lib/server/api';
import { readFormData } from '@whatworks/sveltekit-bridge';
import { fail } from '@sveltejs/kit';
import { personInputSchema } from '@whatworks/domain';
import { formErrors, readForm } from '@whatworks/ui';
import type { Actions } from './$types';

/** The address a form names, or the refusal that says what is wrong with it. */
async function personOf(request: Request) {
	const form = await readFormData(request);
	const value = readForm(form, personInputSchema);
	const person = personInputSchema.safeParse(value);
	const email = readText(form, 'email');
	return person.success
		? { person: person.data, email, confirmed: form.getAll('confirm').includes('yes') }
		: { refusal: fail(400, { email, errors: formErrors(person.error.issues, personInputSchema) }) };
}

// Addresses travel in POST bodies, never in the page's address, so no log or history keeps them.
export const actions = {
	export: async (event) => {
		const read = await personOf(event.request);
		if ('refusal' in read) return read.refusal;
		const data = await fromApi(createApi(event).people.export.mutate(read.person));
		return { email: read.email, exported: data };
	},
	erase: async (event) => {
		const read = await personOf(event.request);
		if ('refusal' in read) return read.refusal;
		if (!read.confirmed) {
			return fail(400, {
				email: read.email,
				errors: [
					{
						field: 'confirm',
						message: 'Confirm that this person asked for their data to be erased'
					}
				]
			});
		}
		const erased = await fromApi(createApi(event).people.erase.mutate(read.person));
		return { email: read.person.email, erased };
	},
	/** Their complaint about our mail (to us, or through their mail provider's spam button). */
	complained: async (event) => {
		const read = await personOf(event.request);
		if ('refusal' in read) return read.refusal;
		await fromApi(createApi(event).people.complained.mutate(read.person));
		return { email: read.person.email, complained: true };
	}
} satisfies Actions;
