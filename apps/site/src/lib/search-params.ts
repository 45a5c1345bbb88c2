import {
	costBandSchema,
	effectivenessSchema,
	interventionSearchInputSchema,
	interventionSortSchema,
	outcomeDomainSchema,
	strengthSchema,
	topicSchema,
	type InterventionSearchInput
} from '@whatworks/domain';

/** The Evidence Store search as the GET form and the address carry it. */
export interface StoreSearch {
	/** What to ask the API. */
	input: InterventionSearchInput;
	/** The form's values as typed, to fill the form in again. */
	form: Record<FormField, string>;
	/** A message for the search box when its words cannot be used. */
	error: string | null;
	/** Whether anything narrows the results (words or a filter). */
	narrowed: boolean;
}

/** The fields of the search form, in the order the address lists them. */
export const formFields = [
	'q',
	'topic',
	'domain',
	'effectiveness',
	'minStrength',
	'costBand',
	'age',
	'uk',
	'sort'
] as const;

type FormField = (typeof formFields)[number];

const ukValues = { yes: true, no: false } as const;

/**
 * Reads the search from the address. A filter value we do not recognise is ignored (treated as
 * "any") rather than failing the page; search words that are too long get a message instead.
 */
export function readStoreSearch(params: URLSearchParams): StoreSearch {
	const form = Object.fromEntries(
		formFields.map((field) => [field, params.get(field)?.trim() ?? ''])
	) as Record<FormField, string>;
	const pick = <T>(schema: { safeParse(value: unknown): { data?: T } }, value: string) =>
		value === '' ? undefined : schema.safeParse(value).data;

	const q = interventionSearchInputSchema.shape.q.safeParse(form.q || undefined);
	const age = Number(form.age);
	const page = Number(params.get('page') ?? '1');
	const input: InterventionSearchInput = {
		q: q.success ? q.data : undefined,
		topic: pick(topicSchema, form.topic),
		domain: pick(outcomeDomainSchema, form.domain),
		effectiveness: pick(effectivenessSchema, form.effectiveness),
		minStrength: pick(strengthSchema, form.minStrength),
		costBand: pick(costBandSchema, form.costBand),
		age: form.age !== '' && Number.isInteger(age) && age >= 0 && age <= 25 ? age : undefined,
		evaluatedInUk: form.uk in ukValues ? ukValues[form.uk as keyof typeof ukValues] : undefined,
		sort: pick(interventionSortSchema, form.sort) ?? 'relevance',
		page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1
	};
	const { sort: _sort, page: _page, ...filters } = input;
	return {
		input,
		form,
		error: q.success ? null : (q.error.issues[0]?.message ?? 'Check your search words'),
		narrowed: Object.values(filters).some((value) => value !== undefined)
	};
}

/** The address of another page of the same search. */
export function pageHref(url: URL, page: number): string {
	const params = new URLSearchParams(url.searchParams);
	if (page === 1) params.delete('page');
	else params.set('page', String(page));
	const query = params.toString();
	return query ? `${url.pathname}?${query}` : url.pathname;
}
