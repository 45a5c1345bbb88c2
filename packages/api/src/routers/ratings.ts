import {
	dryRunStandards,
	listEvidenceRecords,
	listRatingsByDomain,
	republishUnderStandards
} from '@whatworks/db';
import {
	describeEvidenceStandards,
	evidenceRecordSchema,
	evidenceStandardsSchema,
	ratingsMatrixInputSchema,
	ratingsMatrixSchema,
	standardsDryRunSchema,
	standardsRepublishInputSchema,
	standardsRepublishOutcomeSchema
} from '@whatworks/domain';
import { z } from 'zod';
import { publicProcedure, staffProcedure } from '../trpc.js';
import { showPublished } from '../published.js';

/** How ratings are made, and the ratings themselves across the Evidence Store. */
export const ratingsRouter = {
	/** The rules of the Evidence Standards, as the rating engine runs them. */
	standards: publicProcedure
		.output(evidenceStandardsSchema)
		.query(() => describeEvidenceStandards()),

	/** The interventions against the outcome domains they are rated on, a page at a time. */
	matrix: publicProcedure
		.input(ratingsMatrixInputSchema)
		.output(ratingsMatrixSchema)
		.query(({ ctx, input }) => listRatingsByDomain(ctx.db, input)),

	/** Every published outcome rating, as the open data downloads carry it. */
	openData: publicProcedure
		.output(z.array(evidenceRecordSchema))
		.query(({ ctx }) => listEvidenceRecords(ctx.db)),

	/**
	 * Every published rating the code's Evidence Standards would change (old → new, with the
	 * rules that fired) and how many more they would only record under their version; changes
	 * nothing. Its fingerprint is what `republish` asks for.
	 */
	dryRun: staffProcedure('content.publish')
		.output(standardsDryRunSchema)
		.query(({ ctx }) => dryRunStandards(ctx.db, { standards: ctx.standards })),

	/**
	 * Republishes, all or nothing, every rating of the dry run the reviewer saw under the code's
	 * standards, with a change note for the public change log; refused when the list moved since.
	 */
	republish: staffProcedure('content.publish')
		.input(standardsRepublishInputSchema)
		.output(standardsRepublishOutcomeSchema)
		.mutation(async ({ ctx, input }) => {
			const outcome = await republishUnderStandards(ctx.db, {
				...input,
				standards: ctx.standards,
				actorId: ctx.staff.id
			});
			await showPublished(ctx);
			return outcome;
		})
};
