/**
 * The heading of an error page for an HTTP status, GOV.UK style.
 * @example errorHeading(404) // 'Page not found'
 */
export function errorHeading(status: number): string {
	if (status === 404) return 'Page not found';
	if (status === 403) return 'You cannot see this page';
	// Any other refusal is about what was asked for: the page says what, in the API's sentence.
	if (status >= 400 && status < 500) return 'There is a problem with that address';
	if (status === 503) return 'Sorry, the service is unavailable';
	return 'Sorry, there is a problem with the service';
}
