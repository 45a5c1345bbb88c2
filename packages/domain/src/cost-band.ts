import { z } from 'zod';

/**
 * Unit-cost bands of the Early Intervention Foundation Guidebook, cheapest first, and "not known".
 * @example costBandKeys[0] // '1'
 */
export const costBandKeys = ['1', '2', '3', '4', '5', 'not-known'] as const;

/** One cost band key. */
export type CostBand = z.infer<typeof costBandSchema>;
/** Validates a cost band key. */
export const costBandSchema = z
	.enum(costBandKeys)
	.describe('Unit cost band (Early Intervention Foundation bands 1–5) or not known');

/**
 * Labels of the cost bands for readers.
 * @example costBandLabels['3'] // '£500 to £999 per child or family'
 */
export const costBandLabels = {
	'1': 'Less than £100 per child or family',
	'2': '£100 to £499 per child or family',
	'3': '£500 to £999 per child or family',
	'4': '£1,000 to £2,000 per child or family',
	'5': 'More than £2,000 per child or family',
	'not-known': 'Cost not known'
} as const satisfies Record<CostBand, string>;
