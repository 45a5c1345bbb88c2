import { resolve } from '$app/paths';

/** The breadcrumb trail above every page inside the Evidence Store. */
export function evidenceStoreTrail() {
	return [
		{ href: resolve('/'), text: 'Home' },
		{ href: resolve('/evidence-store'), text: 'Evidence Store' }
	];
}

/** The breadcrumb trail above a partner's page. */
export function partnersTrail() {
	return [
		{ href: resolve('/'), text: 'Home' },
		{ href: resolve('/partners'), text: 'Partners' }
	];
}

/** The breadcrumb trail above programme and project pages. */
export function researchTrail() {
	return [
		{ href: resolve('/'), text: 'Home' },
		{ href: resolve('/research'), text: 'Research' }
	];
}

/** The breadcrumb trail above a publication's page. */
export function publicationsTrail() {
	return [
		{ href: resolve('/'), text: 'Home' },
		{ href: resolve('/publications'), text: 'Publications' }
	];
}

/** The breadcrumb trail above an article's or an author's page. */
export function newsTrail() {
	return [
		{ href: resolve('/'), text: 'Home' },
		{ href: resolve('/news'), text: 'News' }
	];
}
