/** The console's name, as the header and page titles show it. */
export const consoleName = 'Evidence Store console';

/**
 * The document title of a page, GOV.UK style: the page's own name first, so that tabs and screen
 * readers announce what changed; "Error: " in front when the page shows form errors.
 * @example pageTitle('Sign in', { hasErrors: true }) // 'Error: Sign in – Evidence Store console'
 */
export function pageTitle(name?: string, options: { hasErrors?: boolean } = {}): string {
	const title = name ? `${name} – ${consoleName}` : consoleName;
	return options.hasErrors ? `Error: ${title}` : title;
}
