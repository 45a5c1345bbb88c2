/** Where the API listens when WHATWORKS_API_URL is not set. */
const defaultApiUrl = 'http://127.0.0.1:3002';

/**
 * The API's base URL without a trailing slash: the configured one, or the default.
 * @example apiBaseUrl('http://api.internal:3002/') // 'http://api.internal:3002'
 */
export function apiBaseUrl(configured: string | undefined): string {
	return (configured ?? defaultApiUrl).replace(/\/+$/, '');
}
