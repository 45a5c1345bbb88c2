import { createApi, fromApi } from '$lib/server/api';
import {
	isPastTheLastPage,
	readChoice,
	readPageNumber
} from '@whatworks/sveltekit-bridge/search-params';
import { topicSchema } from '@whatworks/domain';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	// An unknown topic in the address is ignored rather than an error: the reader sees everything.
	const topic = readChoice(topicSchema, url.searchParams.get('topic'));
	const page = readPageNumber(url.searchParams);
	const matrix = await fromApi(createApi().ratings.matrix.query({ topic, page }));
	locals.pastTheLastPage = isPastTheLastPage(matrix);
	return { matrix, topic: topic ?? null };
};
