import { proxyOpenData } from '$lib/server/open-data';
import type { RequestHandler } from './$types';

/** Every published outcome rating as JSON, passed through from the API. */
export const GET: RequestHandler = ({ fetch }) => proxyOpenData(fetch, 'evidence.json');
