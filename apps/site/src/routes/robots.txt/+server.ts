import type { RequestHandler } from './$types';

/** Every page of the public site may be crawled and indexed: it is all published evidence. */
export const GET: RequestHandler = ({ url }) =>
	new Response(
		['User-agent: *', 'Allow: /', `Sitemap: ${new URL('/sitemap.xml', url.origin).href}`, ''].join(
			'\n'
		),
		{ headers: { 'content-type': 'text/plain; charset=utf-8' } }
	);
