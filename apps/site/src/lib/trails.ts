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

/** The breadcrumb trail above the e-newsletter's archive of past issues. */
export function newsletterTrail() {
	return [
		{ href: resolve('/'), text: 'Home' },
		{ href: resolve('/newsletter'), text: 'E-newsletter' }
	];
}

/** The breadcrumb trail above an issue of the e-newsletter. */
export function newsletterIssueTrail() {
	return [...newsletterTrail(), { href: resolve('/newsletters'), text: 'E-newsletter archive' }];
}
