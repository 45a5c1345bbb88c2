import { createApi, fromApi } from '$lib/server/api';
import { error } from '@sveltejs/kit';
import { idSchema } from '@whatworks/domain';
import type { PageServerLoad } from './$types';

const notFound = 'No kept message has this number: it may have been deleted after 28 days.';

export const load: PageServerLoad = async (event) => {
	const id = idSchema.safeParse(Number(event.params.id));
	if (!id.success) error(404, notFound);
	const message = await fromApi(
		createApi(event).mail.caughtMessage.query({ id: id.data }),
		notFound
	);
	// The links a reader could follow, so the console can stand in for their mailbox.
	const links = [...new Set(message.text.match(/https?:\/\/\S+/g) ?? [])];
	return { message, links };
};
