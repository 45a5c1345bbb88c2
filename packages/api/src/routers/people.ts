import { erasePersonalData, exportPersonalData, recordComplaint } from '@whatworks/db';
import { z } from 'zod';
import {
	erasureSchema,
	personalDataSchema,
	personInputSchema,
	type PersonInput
} from '@whatworks/domain';
import type { Context } from '../context.js';
import { mailKeyOf } from '../mail/mail-key.js';
import { staffProcedure } from '../trpc.js';

/** Whom a request is about (their address and its keyed hash), who acts on it, and when. */
async function personRequest(ctx: Context & { staff: { id: number } }, input: PersonInput) {
	const key = await mailKeyOf(ctx.db);
	return {
		...input,
		addressHash: key.hashAddress(input.email),
		actorId: ctx.staff.id,
		at: ctx.now()
	};
}

/**
 * One person's data, by email address, for an admin answering them: everything held, to export,
 * or erased (the address then suppressed by its keyed hash); or their complaint about our mail.
 */
export const peopleRouter = {
	// Mutations all: an address travels in a POST body, never in a URL; each is audited.
	export: staffProcedure('people.manage')
		.input(personInputSchema)
		.output(personalDataSchema)
		.mutation(async ({ ctx, input }) =>
			exportPersonalData(ctx.db, await personRequest(ctx, input))
		),
	erase: staffProcedure('people.manage')
		.input(personInputSchema)
		.output(erasureSchema)
		.mutation(async ({ ctx, input }) => erasePersonalData(ctx.db, await personRequest(ctx, input))),
	/** Never mails the address again: its owner complained about our mail. */
	complained: staffProcedure('people.manage')
		.input(personInputSchema)
		.output(z.object({ ok: z.literal(true) }))
		.mutation(async ({ ctx, input }) => {
			await recordComplaint(ctx.db, await personRequest(ctx, input));
			return { ok: true as const };
		})
};
