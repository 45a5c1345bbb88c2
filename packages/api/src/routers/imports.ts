import { describeDataImports, runDataImport } from '@whatworks/db';
import {
	dataImportDescriptionSchema,
	dataImportOutcomeSchema,
	dataImportRunInputSchema
} from '@whatworks/domain';
import { z } from 'zod';
import { staffProcedure } from '../trpc.js';
import { showPublished } from '../published.js';

/** Imports of the official files (authorities, Ofsted, looked-after rates, boundaries), for admins. */
export const importsRouter = {
	list: staffProcedure('data.import')
		.output(z.array(dataImportDescriptionSchema))
		.query(({ ctx }) => describeDataImports({ dataDir: ctx.dataDir })),

	/**
	 * Imports an uploaded file, or the kind's file in the data directory. A file with bad rows is
	 * an outcome, not an error: it lists the rows by line, and nothing is written.
	 */
	run: staffProcedure('data.import')
		.input(dataImportRunInputSchema)
		.output(dataImportOutcomeSchema)
		.mutation(async ({ ctx, input }) => {
			const outcome = await runDataImport(ctx.db, {
				kind: input.kind,
				text: input.text,
				dataDir: ctx.dataDir,
				actorId: ctx.staff.id
			});
			await showPublished(ctx);
			return outcome;
		})
};
