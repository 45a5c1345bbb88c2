import { createApi, fromApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	issues: await fromApi(createApi().newsletters.list.query())
});
