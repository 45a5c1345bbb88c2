import { env } from '$env/dynamic/private';
import { apiBaseUrl } from '@whatworks/api-client';
import { createApi, fromApi } from '$lib/server/api';
import { error } from '@sveltejs/kit';
import { slugSchema } from '@whatworks/domain';
import type { RequestHandler } from './$types';

/** The publication's report, passed through from the API with its download headers. */
export const GET: RequestHandler = async ({ fetch, params }) => {
	const notFound = 'There is no report to download at this address.';
	const slug = slugSchema.safeParse(params.slug);
	if (!slug.success) error(404, notFound);
	const publication = await fromApi(
		createApi(fetch).publications.get.query({ slug: slug.data }),
		notFound
	);
	if (!publication.file) error(404, notFound);
	const answer = await fetch(`${apiBaseUrl(env.WHATWORKS_API_URL)}/files/${publication.file.id}`);
	if (!answer.ok || !answer.body) error(answer.status === 404 ? 404 : 503, notFound);
	const headers = new Headers();
	for (const name of [
		'content-type',
		'content-length',
		'content-disposition',
		'x-content-type-options',
		'content-security-policy',
		'cache-control',
		'etag'
	]) {
		const value = answer.headers.get(name);
		if (value) headers.set(name, value);
	}
	return new Response(answer.body, { headers });
};
