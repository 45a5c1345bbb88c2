/** One link of the service navigation under the header. */
export interface NavigationItem {
	/** Where the link goes. */
	href: string;
	/** The link text. */
	text: string;
	/**
	 * 'page' when the link is the page being shown, 'section' when the page is inside the link's
	 * section (an intervention inside the Evidence Store), false otherwise.
	 */
	current?: 'page' | 'section' | false;
}

/** A plain link: the footer's inline list, or a breadcrumb trail. */
export interface NavigationLink {
	href: string;
	text: string;
}

/**
 * Works out which navigation item the current path belongs to: an exact match is the page, a
 * longer path under the item's href is in its section. The home link ("/") only matches itself.
 * @example markCurrent([{ href: '/partners', text: 'Partners' }], '/partners')[0].current // 'page'
 */
export function markCurrent(
	items: readonly Omit<NavigationItem, 'current'>[],
	pathname: string
): NavigationItem[] {
	const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
	return items.map((item) => {
		if (item.href === path) return { ...item, current: 'page' };
		if (item.href !== '/' && path.startsWith(`${item.href}/`))
			return { ...item, current: 'section' };
		return { ...item, current: false };
	});
}
