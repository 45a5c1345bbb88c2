import { z } from 'zod';
import { gssCodeSchema } from './partner.js';
import { slugSchema } from './common.js';

/** The size of the SVG view box every boundary path is drawn in. */
export interface MapFrame {
	width: number;
	height: number;
}

/**
 * The map of England's view box: 600 wide, and tall enough for the box the boundary importer fits
 * the projection to (longitude 7°W to 2.5°E, latitude 49.5°N to 56.5°N).
 */
export const englandMapFrame: Readonly<MapFrame> = { width: 600, height: 691 };

/** One authority's outline, projected into {@link englandMapFrame} as SVG path data. */
export interface AreaBoundary {
	gssCode: string;
	name: string;
	path: string;
}

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
