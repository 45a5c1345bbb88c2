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

/** A calendar date as an ISO 8601 string (YYYY-MM-DD); dates cross the wire as strings. */
export const isoDateSchema = z.iso.date().describe('Calendar date, YYYY-MM-DD');

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
