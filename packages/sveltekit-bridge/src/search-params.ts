/**
 * Reading an address's search params into valid input for the API, for the pages of the site and
 * the console alike. Anyone can write anything in an address — a name every object inherits
 * (`constructor`), a number too large to be one, a parameter twice (the first counts) — so every
 * reader here gives valid input whatever it is given, and never throws.
 */
import { pageNumberSchema, searchWordsSchema } from '@whatworks/domain';

/** A domain schema, as far as reading values with it goes. */
export interface Parser<T> {
	safeParse(value: unknown): { data?: T };
}

/**
 * The value if the schema takes it (one of its options, a slug…); undefined when it is missing,
 * blank or not one the schema takes.
 * @example readChoice(interventionSearchInputSchema.shape.topic, 'constructor') // undefined
 */
export function readChoice<T>(schema: Parser<T>, text: string | null | undefined): T | undefined {
	const value = text?.trim();
	return value ? schema.safeParse(value).data : undefined;
}

/**
 * A whole number written in plain digits that the schema takes; undefined for anything else,
 * `1e3`, `0x10`, `+5`, `5.0` and twenty digits among them.
 * @example readWholeNumber(interventionSearchInputSchema.shape.age, '07') // 7
 */
export function readWholeNumber<T>(
	schema: Parser<T>,
	text: string | null | undefined
): T | undefined {
	const digits = text?.trim();
	return digits && /^\d{1,9}$/.test(digits) ? schema.safeParse(Number(digits)).data : undefined;
}

/**
 * The page of a list the address asks for: 1 when it names none, or one no list has.
 * @example readPageNumber(new URLSearchParams('page=3')) // 3
 */
export function readPageNumber(params: URLSearchParams): number {
	return readWholeNumber(pageNumberSchema, params.get('page')) ?? 1;
}

/**
 * Whether an address asks for a page past a list's last: a list with nothing in it still has its
 * first page (saying it is empty), so only a later page is past it.
 * @example isPastTheLastPage({ page: 3, pageCount: 2 }) // true
 * @example isPastTheLastPage({ page: 1, pageCount: 0 }) // false
 */
export function isPastTheLastPage(list: { page: number; pageCount: number }): boolean {
	return list.page > Math.max(1, list.pageCount);
}

/** The address of another page of the same search. */
export function pageHref(url: URL, page: number): string {
	const params = new URLSearchParams(url.searchParams);
	if (page === 1) params.delete('page');
	else params.set('page', String(page));
	const query = params.toString();
	return query ? `${url.pathname}?${query}` : url.pathname;
}

/**
 * Search words as the domain takes them (none when blank), or the sentence saying why they
 * cannot be searched for.
 * @example readSearchWords(' foster care ') // { words: 'foster care', error: null }
 */
export function readSearchWords(text: string): { words: string | undefined; error: string | null } {
	const typed = text.trim();
	if (typed === '') return { words: undefined, error: null };
	const q = searchWordsSchema.safeParse(typed);
	return q.success
		? { words: q.data, error: null }
		: { words: undefined, error: q.error.issues[0]?.message ?? 'Check your search words' };
}

/** A search box as the address carries it: what was typed, and the words it gives or why not. */
export interface SearchBox {
	/** The words as typed, to fill the box in again. */
	typed: string;
	words: string | undefined;
	/** A message for the box when its words cannot be used. */
	error: string | null;
}

/**
 * Reads the search box named `name` (the first, if given twice).
 * @example readSearchBox(new URLSearchParams('q=+kinship+'), 'q') // { typed: 'kinship', words: 'kinship', error: null }
 */
export function readSearchBox(params: URLSearchParams, name: string): SearchBox {
	const typed = params.get(name)?.trim() ?? '';
	return { typed, ...readSearchWords(typed) };
}
