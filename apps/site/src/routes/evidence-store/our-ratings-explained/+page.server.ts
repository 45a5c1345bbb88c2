import { createApi, fromApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => ({
	standards: await fromApi(createApi(fetch).ratings.standards.query())
});
