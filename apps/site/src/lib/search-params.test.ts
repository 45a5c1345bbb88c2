import {
	costBandKeys,
	effectivenessKeys,
	interventionListInputSchema,
	interventionSearchInputSchema,
	interventionSortKeys,
	listSlugsMax,
	newsListInputSchema,
	newsFiltersSchema,
	articleTypeKeys,
	organisationTypeKeys,
	outcomeDomainKeys,
	partnerListInputSchema,
	publicationListInputSchema,
	publicationTypeKeys,
	regionCodes,
	researchThemeKeys,
	strengthKeys,
	topicKeys
} from '@whatworks/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	formFields,
	readComparisonChoice,
	readFeedFilters,
	readNewsFilters,
	readPartnerFilters,
	readPublicationFilters,
	readStoreSearch
} from './search-params';

/** Names objects inherit: looking one up must never find it. */
const prototypeNames = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];

/** The names the site's pages read, and others. */
const names = fc.oneof(
	fc.constantFrom(
		...formFields,
		...['page', 'region', 'type', 'programme', 'wave', 'theme', 'year', 'topic', 'slug'],
		...prototypeNames
	),
	fc.string()
);

/** Values people and robots write: the forms' own, numbers in every notation, and anything. */
const values = fc.oneof(
	fc.constantFrom(
		...[...topicKeys, ...outcomeDomainKeys, ...effectivenessKeys, ...strengthKeys],
		...[...costBandKeys, ...interventionSortKeys, ...regionCodes, ...organisationTypeKeys],
		...[...publicationTypeKeys, ...researchThemeKeys, 'yes', 'no', 'schwartz-rounds'],
		...articleTypeKeys,
		...prototypeNames,
		...['', ' ', '0', '07', '-1', '1e3', '0x10', '1.5', 'NaN', 'Infinity', '99999999999999999999'],
		...['2024', '10000', '10001', '٣', '-'.repeat(40), 'a\u0000b']
	),
	fc.integer().map(String),
	fc.double().map(String),
	fc.string({ unit: 'binary', maxLength: 250 })
);

/** An address's search params: any names and values, some named twice or more. */
const searchParams = fc.oneof(
	fc.array(fc.tuple(names, values), { maxLength: 30 }).map((pairs) => new URLSearchParams(pairs)),
	// Raw query strings, malformed percent-escapes among them.
	fc
		.string({ unit: fc.constantFrom('%', '0', 'a', '=', '&', '+', 'q', 'page', 'uk', 'ü') })
		.map((query) => new URLSearchParams(query))
);

describe('the readers of search params', () => {
	it('give valid input for the API for any address, and never throw', () => {
		fc.assert(
			fc.property(searchParams, (params) => {
				const search = readStoreSearch(params);
				expect(interventionSearchInputSchema.safeParse(search.input).error).toBeUndefined();
				expect(search.error === null || /^[A-Z]/.test(search.error)).toBe(true);
				expect(partnerListInputSchema.safeParse(readPartnerFilters(params)).error).toBeUndefined();
				expect(
					publicationListInputSchema.safeParse(readPublicationFilters(params)).error
				).toBeUndefined();
				expect(newsListInputSchema.safeParse(readNewsFilters(params)).error).toBeUndefined();
				const { wellFormed } = readComparisonChoice(params);
				expect(
					wellFormed.length === 0 ||
						interventionListInputSchema.safeParse({ slugs: wellFormed }).success
				).toBe(true);
				expect(
					newsFiltersSchema.strict().safeParse(readFeedFilters(newsFiltersSchema, params)).error
				).toBeUndefined();
			}),
			{ numRuns: 500 }
		);
	});
});

describe('readStoreSearch', () => {
	const inputOf = (query: string) => readStoreSearch(new URLSearchParams(query)).input;

	it('reads "UK only" from yes and no alone, never from a name objects inherit', () => {
		expect(inputOf('uk=yes').evaluatedInUk).toBe(true);
		expect(inputOf('uk=no').evaluatedInUk).toBe(false);
		for (const name of prototypeNames) {
			expect(inputOf(`uk=${name}`).evaluatedInUk).toBeUndefined();
		}
	});

	it('reads pages and ages written in plain digits, within their limits, the first one given', () => {
		expect(inputOf('page=3&page=5&age=07')).toMatchObject({ page: 3, age: 7 });
		for (const page of ['0', '1e3', '0x10', '10001', '99999999999999999999', '-2', '2.0']) {
			expect(inputOf(`page=${page}`).page).toBe(1);
		}
		expect(inputOf('age=26').age).toBeUndefined();
	});

	it('searches a run of minus signs as one, and explains words with a control character', () => {
		expect(inputOf(`q=foster+${'-'.repeat(40)}kinship`).q).toBe('foster -kinship');
		const nul = readStoreSearch(new URLSearchParams('q=a%00b'));
		expect(nul.input.q).toBeUndefined();
		expect(nul.error).toBe('Search words must only include letters, numbers, symbols and spaces');
		expect(nul.form.q).toBe('a\u0000b');
	});
});

describe('readComparisonChoice', () => {
	it('keeps each chosen slug once, in order, without blanks, and reads the words to find by', () => {
		const choice = readComparisonChoice(
			new URLSearchParams('slug=kinship-care&slug=&slug=%20FDAC%20&slug=kinship-care&q=+foster+')
		);
		expect(choice).toEqual({
			slugs: ['kinship-care', 'FDAC'],
			wellFormed: ['kinship-care'],
			search: { typed: 'foster', words: 'foster', error: null }
		});
		const nul = readComparisonChoice(new URLSearchParams('q=a%00b')).search;
		expect([nul.words, nul.error]).toEqual([
			undefined,
			'Search words must only include letters, numbers, symbols and spaces'
		]);
		const many = new URLSearchParams(Array.from({ length: 60 }, (_, i) => ['slug', `entry-${i}`]));
		expect(readComparisonChoice(many).slugs).toHaveLength(listSlugsMax);
	});
});

describe('readPartnerFilters and readPublicationFilters', () => {
	it('read the filters the forms offer, and nothing else', () => {
		const params = new URLSearchParams(
			'region=E12000007&type=constructor&programme=schwartz-rounds&wave=2&theme=toString&year=2024'
		);
		expect(readPartnerFilters(params)).toEqual({
			region: 'E12000007',
			type: undefined,
			programme: 'schwartz-rounds',
			wave: 2
		});
		expect(readPublicationFilters(params)).toEqual({
			type: undefined,
			theme: undefined,
			year: 2024
		});
		expect(readPartnerFilters(new URLSearchParams('wave=1e1')).wave).toBeUndefined();
	});
});

describe('readFeedFilters', () => {
	it('keeps each filter the feed has with a value it takes, the first of each name', () => {
		const params = new URLSearchParams(
			'type=blog-post&type=press-release&year=2019&topic=constructor&wave=2&page=3'
		);
		expect(readFeedFilters(newsFiltersSchema, params)).toEqual({ type: 'blog-post', year: 2019 });
		// As the list page reads them: the first value of a name, even when it is not one we take.
		const twice = new URLSearchParams('type=x&type=blog-post');
		expect(readFeedFilters(newsFiltersSchema, twice)).toEqual({});
	});
});
