import { describeEvidenceStandards, evidenceStandardsSchema } from '@whatworks/domain';
import { publicProcedure } from '../trpc.js';

/** How ratings are made. */
export const ratingsRouter = {
	/** The rules of the Evidence Standards, as the rating engine runs them. */
	standards: publicProcedure
		.output(evidenceStandardsSchema)
		.query(() => describeEvidenceStandards())
};
