import { z } from 'zod';
import { isoDateSchema, slugSchema } from './common.js';
import { participationSchema } from './partner.js';
import { namedRefSchema, projectSummarySchema, researchThemeSchema } from './research.js';

/** A research programme as lists show it. */
export type ProgrammeSummary = z.infer<typeof programmeSummarySchema>;
/** Validates a programme list entry. */
export const programmeSummarySchema = z.object({
	slug: slugSchema,
	name: z.string().min(1).max(200),
	description: z.string().max(5000),
	theme: researchThemeSchema.nullable(),
	startDate: isoDateSchema.nullable(),
	endDate: isoDateSchema.nullable(),
	budgetGbp: z.int().min(0).nullable(),
	partnerCount: z.int().min(0),
	waves: z.array(z.int().min(1)).describe('The waves partners joined in, in order')
});

/** A programme page: its partners with their part in it, and its projects. */
export type Programme = z.infer<typeof programmeSchema>;
/** Validates a programme page. */
export const programmeSchema = programmeSummarySchema.extend({
	participants: z.array(
		z.object({
			partner: namedRefSchema,
			participation: participationSchema
		})
	),
	projects: z.array(projectSummarySchema)
});
