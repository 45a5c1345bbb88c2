import { z } from 'zod';
import { partnerSummarySchema } from './partner.js';
import { mapAreaSchema } from './partner-map.js';
import { programmeSummarySchema } from './programme.js';

/** What the partners page shows, read together: one question to the API, one to the database. */
export type PartnerDirectory = z.infer<typeof partnerDirectorySchema>;
/** Validates the partners page's data. */
export const partnerDirectorySchema = z.object({
	partners: z.array(partnerSummarySchema).describe('The partners the filters keep, by name'),
	total: z.int().min(0).describe('How many partners there are, whatever the filters'),
	programmes: z
		.array(programmeSummarySchema)
		.describe('Every programme, for the filters and the key of the map'),
	areas: z.array(mapAreaSchema).describe('Every authority on the map')
});
