import { createApi, fromApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	standards: await fromApi(createApi().ratings.standards.query())
});
