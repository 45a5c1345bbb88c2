/**
 * Reading the search params of the site's pages: their GET forms' filters and choices, each read
 * with the readers of `@whatworks/sveltekit-bridge/search-params`, so that any address gives
 * valid input for the API and none throws.
 */
import {
	interventionSearchInputSchema,
	listSlugsMax,
	newsListInputSchema,
	partnerListInputSchema,
	publicationListInputSchema,
	slugSchema,
	type InterventionSearchInput,
	type NewsListInput,
	type PartnerListInput,
	type PublicationListInput
} from '@whatworks/domain';
import {
	readChoice,
	readPageNumber,
	readSearchBox,
	readSearchWords,
	readWholeNumber,
	type Parser,
	type SearchBox
} from '@whatworks/sveltekit-bridge/search-params';

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

const searchFields = interventionSearchInputSchema.shape;

/**
 * Reads the search from the address. A filter value we do not recognise is ignored (treated as
 * "any") rather than failing the page; search words that cannot be used get a message instead.
 */
export function readStoreSearch(params: URLSearchParams): StoreSearch {
	const form = Object.fromEntries(
		formFields.map((field) => [field, params.get(field)?.trim() ?? ''])
	) as Record<FormField, string>;

	const q = readSearchWords(form.q);
	const input: InterventionSearchInput = {
		q: q.words,
		topic: readChoice(searchFields.topic, form.topic),
		domain: readChoice(searchFields.domain, form.domain),
		effectiveness: readChoice(searchFields.effectiveness, form.effectiveness),
		minStrength: readChoice(searchFields.minStrength, form.minStrength),
		costBand: readChoice(searchFields.costBand, form.costBand),
		age: readWholeNumber(searchFields.age, form.age),
		// Only the two answers themselves: `in` would also find names every object inherits.
		evaluatedInUk: Object.hasOwn(ukValues, form.uk)
			? ukValues[form.uk as keyof typeof ukValues]
			: undefined,
		sort: readChoice(searchFields.sort, form.sort) ?? 'relevance',
		page: readPageNumber(params)
	};
	const { sort: _sort, page: _page, ...filters } = input;
	return {
		input,
		form,
		error: q.error,
		narrowed: Object.values(filters).some((value) => value !== undefined)
	};
}

/** What the compare page's address asks: the interventions chosen, and words to find another. */
export interface ComparisonChoice {
	/** Each slug once, in the order given, blanks left out, at most `listSlugsMax`. */
	slugs: string[];
	/** Those of `slugs` that are written as slugs: what the API can be asked about. */
	wellFormed: string[];
	/** The search box for another intervention. */
	search: SearchBox;
}

/**
 * Reads the compare page's address: `slug` as often as chosen (the Evidence Store's ticked
 * results send them so), and `q`, words to find another intervention by.
 * @example readComparisonChoice(new URLSearchParams('slug=a&slug=&slug=a&slug=B&q=kin')).wellFormed // ['a']
 */
export function readComparisonChoice(params: URLSearchParams): ComparisonChoice {
	const given = new Set(params.getAll('slug').map((slug) => slug.trim()));
	given.delete('');
	const slugs = [...given].slice(0, listSlugsMax);
	return {
		slugs,
		wellFormed: slugs.filter((slug) => slugSchema.safeParse(slug).success),
		search: readSearchBox(params, 'q')
	};
}

const partnerFilters = partnerListInputSchema.unwrap().shape;

/** Reads the partners list's filters: region, type of organisation, programme and wave. */
export function readPartnerFilters(params: URLSearchParams): PartnerListInput {
	return {
		region: readChoice(partnerFilters.region, params.get('region')),
		type: readChoice(partnerFilters.type, params.get('type')),
		programme: readChoice(partnerFilters.programme, params.get('programme')),
		wave: readWholeNumber(partnerFilters.wave, params.get('wave'))
	};
}

const publicationFilters = publicationListInputSchema.unwrap().shape;

/** Reads the publications library's filters: type, theme and year. */
export function readPublicationFilters(params: URLSearchParams): PublicationListInput {
	return {
		type: readChoice(publicationFilters.type, params.get('type')),
		theme: readChoice(publicationFilters.theme, params.get('theme')),
		year: readWholeNumber(publicationFilters.year, params.get('year'))
	};
}

const newsFilters = newsListInputSchema.unwrap().shape;

/** Reads the news list's filters (type, theme, topic and year) and the page number. */
export function readNewsFilters(params: URLSearchParams): NewsListInput {
	return {
		type: readChoice(newsFilters.type, params.get('type')),
		theme: readChoice(newsFilters.theme, params.get('theme')),
		topic: readChoice(newsFilters.topic, params.get('topic')),
		year: readWholeNumber(newsFilters.year, params.get('year')),
		page: readPageNumber(params)
	};
}

/**
 * The filters a feed's address carries that its feed has, each read alone as the list page
 * reads them: a filter the feed does not have, or a value it does not take, is left out.
 * @example readFeedFilters(newsFiltersSchema, new URLSearchParams('type=blog-post&year=x')) // { type: 'blog-post' }
 */
export function readFeedFilters(schema: Parser<object>, params: URLSearchParams): object {
	const filters: Record<string, string | number> = {};
	for (const key of new Set(params.keys())) {
		const text = (params.get(key) ?? '').trim(); // a parameter twice: the first counts
		const value = /^\d{1,9}$/.test(text) ? Number(text) : text;
		const read = schema.safeParse({ [key]: value }).data as Record<string, unknown> | undefined;
		if (read && Object.hasOwn(read, key)) filters[key] = value;
	}
	return filters;
}
