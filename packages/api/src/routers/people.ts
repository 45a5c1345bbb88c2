import { erasePersonalData, exportPersonalData } from '@whatworks/db';
import { erasureSchema, personalDataSchema, personInputSchema } from '@whatworks/domain';
import { mailKeyOf } from '../mail/mail-key.js';
import { staffProcedure } from '../trpc.js';

/**
 * One person's data, by email address, for an admin answering them: everything held, to export,
 * or erased (the address then suppressed by its keyed hash).
 */
export const peopleRouter = {
	// Mutations both: an address travels in a POST body, never in a URL; an export is audited.
	export: staffProcedure('people.manage')
		.input(personInputSchema)
		.output(personalDataSchema)
		.mutation(async ({ ctx, input }) => {
			const key = await mailKeyOf(ctx.db);
			return exportPersonalData(ctx.db, {
				...input,
				addressHash: key.hashAddress(input.email),
				actorId: ctx.staff.id
			});
		}),
	erase: staffProcedure('people.manage')
		.input(personInputSchema)
		.output(erasureSchema)
		.mutation(async ({ ctx, input }) => {
			const key = await mailKeyOf(ctx.db);
			return erasePersonalData(ctx.db, {
				...input,
				addressHash: key.hashAddress(input.email),
				actorId: ctx.staff.id,
				at: ctx.now()
			});
		})
};
