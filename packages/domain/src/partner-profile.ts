import { z } from 'zod';
import { lookedAfterRateSchema, ofstedInspectionSchema } from './area-statistics.js';
import { partnerSchema } from './partner.js';
import { projectSummarySchema } from './research.js';

/** One area's rates of children looked after over the years, oldest first. */
export type LookedAfterSeries = z.infer<typeof lookedAfterSeriesSchema>;
/** Validates a named series of yearly rates. */
export const lookedAfterSeriesSchema = z.object({
	name: z.string().min(1).max(200),
	rates: z.array(lookedAfterRateSchema)
});

/**
 * A partner page: its programmes and projects and, for a local authority, the official picture
 * of its children's services — the latest Ofsted inspection and the looked-after rate against
 * England's.
 */
export type PartnerProfile = z.infer<typeof partnerProfileSchema>;
/** Validates a partner page. */
export const partnerProfileSchema = partnerSchema.extend({
	projects: z.array(projectSummarySchema),
	ofsted: ofstedInspectionSchema.nullable(),
	lookedAfter: z
		.object({ area: lookedAfterSeriesSchema, england: lookedAfterSeriesSchema })
		.nullable()
		.describe('Null when no figures are imported for the area')
});

/**
 * The looked-after trend in plain English: the latest figure against England's, and the change
 * since the first year with a figure. Suppressed years are skipped, and said to be.
 * @example describeLookedAfterTrend(lambeth, england)
 * // 'At 31 March 2025, 62 in every 10,000 children in Lambeth were looked after, below England’s 67. …'
 */
export function describeLookedAfterTrend(
	area: LookedAfterSeries,
	england: LookedAfterSeries
): string {
	const known = area.rates.filter((rate) => rate.ratePer10k !== null);
	const latest = known.at(-1);
	const first = known[0];
	if (!latest || !first || latest.ratePer10k === null || first.ratePer10k === null) {
		return `No figures for children looked after in ${area.name} are published; they are suppressed to protect the children they would identify.`;
	}
	const englandRate = england.rates.find((rate) => rate.year === latest.year)?.ratePer10k;
	const comparison =
		englandRate === null || englandRate === undefined
			? ''
			: latest.ratePer10k === englandRate
				? `, the same as England’s`
				: `, ${latest.ratePer10k > englandRate ? 'above' : 'below'} England’s ${formatRate(englandRate)}`;
	const sentences = [
		`At 31 March ${latest.year}, ${formatRate(latest.ratePer10k)} in every 10,000 children in ${area.name} were looked after${comparison}.`
	];
	if (first.year < latest.year) {
		const change = latest.ratePer10k - first.ratePer10k;
		sentences.push(
			change === 0
				? `That is the same rate as in ${first.year}.`
				: `The rate has ${change > 0 ? 'risen' : 'fallen'} from ${formatRate(first.ratePer10k)} in ${first.year}.`
		);
	}
	const missing = area.rates.length - known.length;
	if (missing > 0) {
		sentences.push(
			`${missing === 1 ? 'One year’s figure is' : `${missing} years’ figures are`} suppressed.`
		);
	}
	return sentences.join(' ');
}

function formatRate(rate: number): string {
	return Number.isInteger(rate) ? String(rate) : rate.toFixed(1);
}
