import { resolve } from '$app/paths';

/** The breadcrumb trail above every page inside the Evidence Store. */
export function evidenceStoreTrail() {
	return [
		{ href: resolve('/'), text: 'Home' },
		{ href: resolve('/evidence-store'), text: 'Evidence Store' }
	];
}
