import { createApi, fromApi } from '$lib/server/api';
import { auditListInputSchema } from '@whatworks/domain';
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
	return {
		typed,
		events: await fromApi(
			createApi(event).audit.list.query(
				Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined))
			)
		)
	};
};
