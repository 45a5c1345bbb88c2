import { createApi, fromApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const api = createApi();
	const [programmes, projects] = await fromApi(
		Promise.all([api.programmes.list.query(), api.projects.list.query()])
	);
	return { programmes, projects };
};
