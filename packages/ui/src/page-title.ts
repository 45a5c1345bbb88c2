import { centreName } from '@whatworks/domain';
/** The Centre's name: the public site's title, and the name readers cite it by. */
export const siteName = centreName;

/** The staff console's name, as its header and page titles show it. */
export const consoleName = 'Evidence Store console';

export interface PageTitleOptions {
	/** The page shows form errors: GOV.UK puts "Error: " first so screen readers hear it at once. */
	hasErrors?: boolean;
	/** The name of the service the page belongs to; the Centre's name unless given. */
	product?: string;
}

/**
 * The document title of a page, GOV.UK style: the page's own name first, so that tabs and screen
 * readers announce what changed; "Error: " in front when the page shows form errors.
 * @example pageTitle('Partners') // "Partners – What Works for Children's Social Care"
 * @example pageTitle('Sign in', { hasErrors: true, product: consoleName })
 * // 'Error: Sign in – Evidence Store console'
 */
export function pageTitle(name?: string, options: PageTitleOptions = {}): string {
	const product = options.product ?? siteName;
	const title = name ? `${name} – ${product}` : product;
	return options.hasErrors ? `Error: ${title}` : title;
}

/**
 * The document title of a console page: `pageTitle` with the console's name, so the console's
 * pages need not repeat it.
 * @example consolePageTitle('Sign in', { hasErrors: true }) // 'Error: Sign in – Evidence Store console'
 */
export function consolePageTitle(name?: string, options: { hasErrors?: boolean } = {}): string {
	return pageTitle(name, { ...options, product: consoleName });
}
