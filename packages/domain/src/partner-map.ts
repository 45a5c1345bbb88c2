import { z } from 'zod';
import { gssCodeSchema } from './partner.js';
import { slugSchema } from './common.js';

/** One authority on the map of England: its outline and, when it is a partner, its programmes. */
export type MapArea = z.infer<typeof mapAreaSchema>;
/** Validates one area of the map. */
export const mapAreaSchema = z.object({
	gssCode: gssCodeSchema,
	name: z.string().min(1).max(200),
	path: z.string().max(200_000).describe('SVG path data in the map frame'),
	partnerSlug: slugSchema.nullable().describe('The partner page, when the authority is a partner'),
	programmes: z.array(slugSchema).describe('Programmes the authority takes part in')
});
