import { createApi, fromApi } from '$lib/server/api';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/**
 * An issue's number as its address gives it (`/newsletters/16`), as the console allows them:
 * anything else (`abc`, `0`, `016`) names no issue, so it is a 404 without asking the API.
 */
const issueNumber = /^[1-9]\d{0,4}$/;

export const load: PageServerLoad = async ({ fetch, params }) => {
	const notFound = 'There is no e-newsletter at this address.';
	if (!issueNumber.test(params.number)) error(404, notFound);
	const number = Number(params.number);
	return { issue: await fromApi(createApi(fetch).newsletters.get.query({ number }), notFound) };
};
