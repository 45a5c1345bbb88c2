import { createApi, fromApi } from '$lib/server/api';
import { readChoice, readWholeNumber } from '$lib/search-params';
import { ratingsMatrixInputSchema, topicSchema } from '@whatworks/domain';
import type { PageServerLoad } from './$types';

const pageSchema = ratingsMatrixInputSchema.unwrap().shape.page.unwrap();

export const load: PageServerLoad = async ({ url }) => {
	// An unknown topic in the address is ignored rather than an error: the reader sees everything.
	const topic = readChoice(topicSchema, url.searchParams.get('topic'));
	const page = readWholeNumber(pageSchema, url.searchParams.get('page')) ?? 1;
	const matrix = await fromApi(createApi().ratings.matrix.query({ topic, page }));
	return { matrix, topic: topic ?? null };
};
