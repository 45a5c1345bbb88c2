import { createApi, fromApi } from '$lib/server/api';
import {
	publicationTypeSchema,
	researchThemeSchema,
	type PublicationListInput
} from '@whatworks/domain';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => {
	// A GET form: filters live in the address, and a value we do not recognise means "any".
	const read = (name: string) => url.searchParams.get(name) || undefined;
	const year = Number(read('year'));
	const filters: PublicationListInput = {
		type: publicationTypeSchema.safeParse(read('type')).data,
		theme: researchThemeSchema.safeParse(read('theme')).data,
		year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined
	};
	const api = createApi(fetch);
	const [publications, years] = await fromApi(
		Promise.all([api.publications.list.query(filters), api.publications.years.query()])
	);
	return {
		publications,
		years,
		filters: {
			type: filters.type ?? null,
			theme: filters.theme ?? null,
			year: filters.year ?? null
		}
	};
};
