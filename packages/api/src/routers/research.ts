import {
	findProgrammeBySlug,
	findProjectBySlug,
	findPublicationBySlug,
	listProgrammes,
	listProjects,
	listPublications,
	listPublicationYears
} from '@whatworks/db';
import {
	bySlugInputSchema,
	programmeSchema,
	programmeSummarySchema,
	projectSchema,
	projectSummarySchema,
	publicationListInputSchema,
	publicationPageSchema,
	publicationSummarySchema
} from '@whatworks/domain';
import { z } from 'zod';
import { publicProcedure } from '../trpc.js';
import { found } from './found.js';

/** Research programmes partners join. */
export const programmesRouter = {
	list: publicProcedure
		.output(z.array(programmeSummarySchema))
		.query(({ ctx }) => listProgrammes(ctx.db)),

	get: publicProcedure
		.input(bySlugInputSchema)
		.output(programmeSchema)
		.query(async ({ ctx, input }) =>
			found(await findProgrammeBySlug(ctx.db, input), 'programme', input.slug)
		)
};

/** Research projects with their lifecycle and protocols. */
export const projectsRouter = {
	list: publicProcedure
		.output(z.array(projectSummarySchema))
		.query(({ ctx }) => listProjects(ctx.db)),

	get: publicProcedure
		.input(bySlugInputSchema)
		.output(projectSchema)
		.query(async ({ ctx, input }) =>
			found(await findProjectBySlug(ctx.db, input), 'project', input.slug)
		)
};

/** The publications library. */
export const publicationsRouter = {
	list: publicProcedure
		.input(publicationListInputSchema)
		.output(z.array(publicationSummarySchema))
		.query(({ ctx, input }) => listPublications(ctx.db, input)),

	/** The years with publications, newest first, for the library's year filter. */
	years: publicProcedure.output(z.array(z.int())).query(({ ctx }) => listPublicationYears(ctx.db)),

	get: publicProcedure
		.input(bySlugInputSchema)
		.output(publicationPageSchema)
		.query(async ({ ctx, input }) =>
			found(await findPublicationBySlug(ctx.db, input), 'publication', input.slug)
		)
};
