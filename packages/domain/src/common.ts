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
