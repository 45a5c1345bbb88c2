import { createApi, fromApi } from '$lib/server/api';
import {
	organisationTypeSchema,
	regionCodeSchema,
	slugSchema,
	type PartnerListInput,
	type PartnerSummary,
	type ProgrammeRef
} from '@whatworks/domain';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => {
	// Filters come from a GET form, so they live in the address. A value we do not recognise is
	// ignored (treated as "any") rather than failing the page.
	const read = (name: string) => url.searchParams.get(name) || undefined;
	const filters: PartnerListInput = {
		region: regionCodeSchema.safeParse(read('region')).data,
		type: organisationTypeSchema.safeParse(read('type')).data,
		programme: slugSchema.safeParse(read('programme')).data
	};
	const filtered = Object.values(filters).some((value) => value !== undefined);

	const api = createApi(fetch);
	// Both requests go to the API in one batch: the full list gives the programme choices.
	const [all, partners] = await fromApi(
		Promise.all([
			api.partners.list.query(),
			filtered ? api.partners.list.query(filters) : Promise.resolve(null)
		])
	);

	return {
		partners: partners ?? all,
		total: all.length,
		programmes: listProgrammes(all),
		filters: {
			region: filters.region ?? null,
			type: filters.type ?? null,
			programme: filters.programme ?? null
		}
	};
};

/** Every programme any partner takes part in, once each, by name. */
function listProgrammes(partners: readonly PartnerSummary[]): ProgrammeRef[] {
	const bySlug = new Map<string, ProgrammeRef>();
	for (const partner of partners) {
		for (const programme of partner.programmes) bySlug.set(programme.slug, programme);
	}
	return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}
