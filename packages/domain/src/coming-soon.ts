import { z } from 'zod';
import { idSchema, slugSchema } from './common.js';
import { interventionSummarySchema } from './intervention.js';
import { londonDate } from './london-time.js';

/**
 * A month as `YYYY-MM`, e.g. when a review is expected to be published.
 * @example expectedMonthSchema.parse('2027-03') // '2027-03'
 * @example expectedMonthSchema.safeParse('2027-13').success // false
 */
export const expectedMonthSchema = z
	.string()
	.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Choose the month the review is expected')
	.describe('Month the review is expected to be published, as YYYY-MM');

/**
 * Parameters of announcing a new intervention as coming soon: its draft, the revision whose name,
 * summary and topics readers will see (as publishing names the revision approved), and the month.
 */
export type AnnounceInput = z.infer<typeof announceInputSchema>;
/** Validates an announcement. */
export const announceInputSchema = z.object({
	draftId: idSchema,
	revisionId: idSchema.describe('The revision whose name and summary readers will see'),
	expectedMonth: expectedMonthSchema
});

/**
 * An intervention whose evidence is being reviewed, as the Evidence Store lists it before it is
 * published: what is being reviewed and when it is expected, and no ratings.
 */
export type ComingSoon = z.infer<typeof comingSoonSchema>;
/** Validates a coming-soon entry. */
export const comingSoonSchema = interventionSummarySchema
	.pick({ slug: true, name: true, alsoKnownAs: true, summary: true, topics: true })
	.extend({ expectedMonth: expectedMonthSchema });

/** Parameters of `comingSoon.get`. */
export const comingSoonGetInputSchema = z.object({ slug: slugSchema });

/**
 * The months a review may be announced for: this month and the next 23, in London.
 * @example announceableMonths(new Date('2026-12-03T12:00:00Z'))[1] // '2027-01'
 */
export function announceableMonths(now: Date): string[] {
	const [year, month] = londonDate(now).split('-').map(Number) as [number, number];
	return Array.from({ length: 24 }, (_, offset) => {
		const index = year * 12 + (month - 1) + offset;
		return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
	});
}
