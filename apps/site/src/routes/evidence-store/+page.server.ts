import { createApi, fromApi } from '$lib/server/api';
import { topicSchema } from '@whatworks/domain';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => {
	// An unknown topic in the address is ignored rather than an error: the reader sees everything.
	const topic = topicSchema.safeParse(url.searchParams.get('topic') ?? undefined).data;
	const interventions = await fromApi(
		createApi(fetch).interventions.list.query(topic ? { topic } : undefined)
	);
	return { interventions, topic: topic ?? null };
};
