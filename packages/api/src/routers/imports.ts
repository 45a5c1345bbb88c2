import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataImports, runDataImport } from '@whatworks/db';
import {
	dataImportDescriptionSchema,
	dataImportKindKeys,
	dataImportOutcomeSchema,
	dataImportRunInputSchema,
	DomainError,
	type DataImportOutcome
} from '@whatworks/domain';
import { z } from 'zod';
import { staffProcedure } from '../trpc.js';
import { showPublished } from '../published.js';

/** Imports of the official files (authorities, Ofsted, looked-after rates, boundaries), for admins. */
export const importsRouter = {
	list: staffProcedure('data.import')
		.output(z.array(dataImportDescriptionSchema))
		.query(({ ctx }) =>
			dataImportKindKeys.map((kind) => {
				const { label, file, publisher } = dataImports[kind];
				const inDataDirectory = ctx.dataDir !== undefined && existsSync(join(ctx.dataDir, file));
				return { kind, label, file, publisher, inDataDirectory };
			})
		),

	/**
	 * Imports an uploaded file, or the kind's file in the data directory. A file with bad rows is
	 * an outcome, not an error: it lists the rows by line, and nothing is written.
	 */
	run: staffProcedure('data.import')
		.input(dataImportRunInputSchema)
		.output(dataImportOutcomeSchema)
		.mutation(async ({ ctx, input }): Promise<DataImportOutcome> => {
			const { file } = dataImports[input.kind];
			let text = input.text;
			let source = 'the uploaded file';
			if (text === undefined) {
				const path = ctx.dataDir === undefined ? null : join(ctx.dataDir, file);
				if (path === null || !existsSync(path)) {
					throw new DomainError(
						'NOT_FOUND',
						`The server’s data directory has no ${file}: upload the file instead.`
					);
				}
				text = readFileSync(path, 'utf8');
				source = file;
			}
			const outcome = await runDataImport(ctx.db, {
				kind: input.kind,
				text,
				source,
				actorId: ctx.staff.id
			});
			await showPublished(ctx);
			return outcome;
		})
};
