import { listEvidenceRecords, listRatingsByDomain } from '@whatworks/db';
import {
	describeEvidenceStandards,
	evidenceRecordSchema,
	evidenceStandardsSchema,
	ratingsByDomainSchema,
	ratingsMatrixInputSchema
} from '@whatworks/domain';
import { z } from 'zod';
import { publicProcedure } from '../trpc.js';

/** How ratings are made, and the ratings themselves across the Evidence Store. */
export const ratingsRouter = {
	/** The rules of the Evidence Standards, as the rating engine runs them. */
	standards: publicProcedure
		.output(evidenceStandardsSchema)
		.query(() => describeEvidenceStandards()),

	/** Every intervention against every outcome domain it is rated on. */
	matrix: publicProcedure
		.input(ratingsMatrixInputSchema)
		.output(ratingsByDomainSchema)
		.query(({ ctx, input }) => listRatingsByDomain(ctx.db, input)),

	/** Every published outcome rating, as the open data downloads carry it. */
	openData: publicProcedure
		.output(z.array(evidenceRecordSchema))
		.query(({ ctx }) => listEvidenceRecords(ctx.db))
};
