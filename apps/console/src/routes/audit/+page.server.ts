import { createApi, fromApi, type ApiEvent } from '$lib/server/api';
import { auditListInputSchema, parseAuditChainHead } from '@whatworks/domain';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const params = event.url.searchParams;
	const typed = {
		action: params.get('action')?.trim() ?? '',
		from: params.get('from') ?? '',
		to: params.get('to') ?? ''
	};
	// Filters that are not valid are left out rather than failing the page.
	const read = <K extends 'action' | 'from' | 'to'>(key: K) =>
		typed[key] === ''
			? undefined
			: auditListInputSchema.unwrap().shape[key].safeParse(typed[key]).data;
	const filters = { action: read('action'), from: read('from'), to: read('to') };
	const given = Object.fromEntries(
		Object.entries(filters).filter(([, value]) => value !== undefined)
	);
	const [check, events] = await Promise.all([
		checkChain(event),
		fromApi(createApi(event).audit.list.query(given))
	]);
	return { typed, check, events };
};

/**
 * The chain check an admin asked for (`?check`), against the head they recorded last time if
 * they gave one: a head that is not one is named on its field, and nothing is checked.
 */
async function checkChain(event: ApiEvent) {
	const params = event.url.searchParams;
	if (!params.has('check')) return null;
	const headText = params.get('head')?.trim() ?? '';
	const expected = headText ? parseAuditChainHead(headText) : undefined;
	if (expected === null) {
		return {
			headText,
			report: null,
			errors: [
				{
					field: 'head',
					message: 'Give the head as it was printed: a number, a colon and 64 letters and digits'
				}
			]
		};
	}
	const report = await fromApi(createApi(event).audit.verify.query({ expected }));
	return { headText, report, errors: [] };
}
