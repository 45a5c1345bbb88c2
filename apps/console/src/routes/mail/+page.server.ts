import { createApi, fromApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	messages: await fromApi(createApi(event).mail.caught.query())
});
