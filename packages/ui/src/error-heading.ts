/**
 * The heading of an error page for an HTTP status, GOV.UK style.
 * @example errorHeading(404) // 'Page not found'
 */
export function errorHeading(status: number): string {
	if (status === 404) return 'Page not found';
	if (status === 503) return 'Sorry, the service is unavailable';
	return 'Sorry, there is a problem with the service';
}
