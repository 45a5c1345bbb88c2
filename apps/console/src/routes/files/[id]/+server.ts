import { env } from '$env/dynamic/private';
import { apiHeaders } from '$lib/server/api';
import { error } from '@sveltejs/kit';
import { fetchUpload } from '@whatworks/sveltekit-bridge';
import type { RequestHandler } from './$types';

/** A report for staff reviewing a draft: the API decides who may have it, with its headers. */
export const GET: RequestHandler = async (event) => {
	const notFoundMessage = 'There is no such report.';
	if (!/^\d{1,9}$/.test(event.params.id)) error(404, notFoundMessage);
	return fetchUpload({
		baseUrl: env.WHATWORKS_API_URL,
		fetch: event.fetch,
		path: `/files/${event.params.id}`,
		headers: apiHeaders(event),
		notFoundMessage
	});
};
