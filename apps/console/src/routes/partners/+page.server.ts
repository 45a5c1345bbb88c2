import { createApi, fromApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	partners: await fromApi(createApi(event).partners.list.query())
});
