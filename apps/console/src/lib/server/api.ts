import { env } from '$env/dynamic/private';
import { createApiClient, type Api } from '@whatworks/api-client';

export { fromApi } from '@whatworks/api-client';

/** A client of the evidence API for one request: pass the load event's `fetch`. */
export function createApi(fetch: typeof globalThis.fetch): Api {
	return createApiClient({ baseUrl: env.WHATWORKS_API_URL, fetch });
}
