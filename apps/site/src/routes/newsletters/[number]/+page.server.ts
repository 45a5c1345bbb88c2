import { createApi, fromApi } from '$lib/server/api';
import { error } from '@sveltejs/kit';
import { newsletterNumberPattern } from '@whatworks/domain';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const notFound = 'There is no e-newsletter at this address.';
	// Anything but an issue's number (`abc`, `0`, `016`) names no issue: a 404 without asking the API.
	if (!newsletterNumberPattern.test(params.number)) error(404, notFound);
	const number = Number(params.number);
	return { issue: await fromApi(createApi().newsletters.get.query({ number }), notFound) };
};
