import { env } from '$env/dynamic/private';
import { sessionCookieName } from '$lib/server/session';
import { error } from '@sveltejs/kit';
import { apiBaseUrl } from '@whatworks/api-client';
import type { RequestHandler } from './$types';

/** A report for staff reviewing a draft: the API decides who may have it, with its headers. */
export const GET: RequestHandler = async ({ fetch, params, cookies, url }) => {
	if (!/^\d{1,9}$/.test(params.id)) error(404, 'There is no such report.');
	const token = cookies.get(sessionCookieName(url));
	const answer = await fetch(`${apiBaseUrl(env.WHATWORKS_API_URL)}/files/${params.id}`, {
		headers: token ? { authorization: `Bearer ${token}` } : {}
	});
	if (!answer.ok || !answer.body)
		error(answer.status === 404 ? 404 : 503, 'There is no such report.');
	const headers = new Headers();
	for (const name of [
		'content-type',
		'content-length',
		'content-disposition',
		'x-content-type-options',
		'content-security-policy',
		'cache-control'
	]) {
		const value = answer.headers.get(name);
		if (value) headers.set(name, value);
	}
	return new Response(answer.body, { headers });
};
