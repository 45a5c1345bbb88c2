import { erasePersonalData, exportPersonalData, recordComplaint } from '@whatworks/db';
import { z } from 'zod';
import { erasureSchema, personalDataSchema, personInputSchema } from '@whatworks/domain';
import { mailKeyOf } from '../mail/mail-key.js';
import { staffProcedure } from '../trpc.js';

/**
 * One person's data, by email address, for an admin answering them: everything held, to export,
 * or erased (the address then suppressed by its keyed hash); or their complaint about our mail.
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
		}),
	/** Never mails the address again: its owner complained about our mail. */
	complained: staffProcedure('people.manage')
		.input(personInputSchema)
		.output(z.object({ ok: z.literal(true) }))
		.mutation(async ({ ctx, input }) => {
			const key = await mailKeyOf(ctx.db);
			await recordComplaint(ctx.db, {
				...input,
				addressHash: key.hashAddress(input.email),
				actorId: ctx.staff.id,
				at: ctx.now()
			});
			return { ok: true as const };
		})
};
