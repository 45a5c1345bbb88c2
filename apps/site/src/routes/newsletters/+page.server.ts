import { createApi, fromApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => ({
	issues: await fromApi(createApi(fetch).newsletters.list.query())
});
