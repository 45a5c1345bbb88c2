import { z } from 'zod';

/**
 * A URL-safe identifier: lower-case words joined by hyphens.
 * @example slugSchema.parse('parent-child-interaction-therapy')
 */
export const slugSchema = z
	.string()
	.min(1)
	.max(120)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens')
	.describe('URL-safe identifier');

/**
 * The id of a stored row (a draft, a revision, an upload): a positive integer Postgres can hold,
 * so an id past its range is refused as input rather than failing in the database.
 */
export const idSchema = z.int().min(1).max(2_147_483_647).describe('Stored row id');

/** A calendar date as an ISO 8601 string (YYYY-MM-DD); dates cross the wire as strings. */
export const isoDateSchema = z.iso
	.date({
		error: (issue) => (issue.input === '' ? 'Enter a date' : 'Enter a real date, like 2019-02-18')
	})
	.describe('Calendar date, YYYY-MM-DD');

/**
 * A page of a list, from 1: readers ask for a page by number in the address. Capped so that
 * no address makes the database skip an unbounded number of rows.
 */
export const pageNumberSchema = z.int().min(1).max(10_000).describe('Page of the list, from 1');

/**
 * A name as a slug.
 * @example slugify('Bristol, City of') // 'bristol-city-of'
 */
export function slugify(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * A number field whose messages name it, as people read them on a form: nothing typed is "Enter
 * the year", text is "The year must be a number", a fraction where a count is wanted says so.
 * Give every further check its own message: one without would fall back to these.
 * @example numberField('The year', { whole: true }).safeParse('19x') // … 'The year must be a number'
 */
export function numberField(label: string, { whole = false }: { whole?: boolean } = {}) {
	const error = ({ input }: { input?: unknown }) =>
		input === undefined || input === null
			? `Enter ${label[0]?.toLowerCase()}${label.slice(1)}`
			: typeof input === 'number'
				? `${label} must be a whole number`
				: `${label} must be a number`;
	return whole ? z.int({ error }) : z.number({ error });
}

/**
 * The Centre's name, as pages, messages and their headers give it (a plain apostrophe: it goes
 * into mail headers unencoded).
 */
export const centreName = "What Works for Children's Social Care";
