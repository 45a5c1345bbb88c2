import { createApi, fromApi } from '$lib/server/api';
import {
	organisationTypeSchema,
	regionCodeSchema,
	slugSchema,
	type PartnerListInput
} from '@whatworks/domain';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => {
	// Filters come from a GET form, so they live in the address. A value we do not recognise is
	// ignored (treated as "any") rather than failing the page.
	const read = (name: string) => url.searchParams.get(name) || undefined;
	const filters: PartnerListInput = {
		region: regionCodeSchema.safeParse(read('region')).data,
		type: organisationTypeSchema.safeParse(read('type')).data,
		programme: slugSchema.safeParse(read('programme')).data,
		wave: readWave(read('wave'))
	};
	const filtered = Object.values(filters).some((value) => value !== undefined);

	const api = createApi(fetch);
	// The requests go to the API in one batch: the full list gives the total.
	const [all, partners, programmes, areas] = await fromApi(
		Promise.all([
			api.partners.list.query(),
			filtered ? api.partners.list.query(filters) : Promise.resolve(null),
			api.programmes.list.query(),
			api.partners.map.query()
		])
	);

	return {
		partners: partners ?? all,
		total: all.length,
		programmes,
		areas,
		filters: {
			region: filters.region ?? null,
			type: filters.type ?? null,
			programme: filters.programme ?? null,
			wave: filters.wave ?? null
		}
	};
};

/** A wave number from the address, or undefined for anything else. */
function readWave(text: string | undefined): number | undefined {
	const wave = Number(text);
	return Number.isInteger(wave) && wave >= 1 && wave <= 20 ? wave : undefined;
}
