/** The name of the Centre, as the header and page titles show it. */
export const siteName = "What Works for Children's Social Care";

/**
 * The document title of a page, GOV.UK style: the page's own name first, so that tabs and screen
 * readers announce what changed.
 * @example pageTitle('Partners') // "Partners – What Works for Children's Social Care"
 */
export function pageTitle(name?: string): string {
	return name ? `${name} – ${siteName}` : siteName;
}
