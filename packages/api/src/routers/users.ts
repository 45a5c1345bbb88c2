import {
	createInvite,
	disableAccount,
	listAccounts,
	listLiveSessions,
	revokeSession
} from '@whatworks/db';
import {
	accountPolicy,
	inviteInputSchema,
	sessionSummarySchema,
	staffUserSchema
} from '@whatworks/domain';
import { z } from 'zod';
import { hashToken, newInviteToken } from '../auth/tokens.js';
import { staffProcedure } from '../trpc.js';

const idInput = z.object({ id: z.int().min(1) });

/** Staff accounts, invited by admins. */
export const usersRouter = {
	list: staffProcedure('users.manage')
		.output(z.array(staffUserSchema))
		.query(({ ctx }) => listAccounts(ctx.db)),

	/** Invites a member of staff; the admin passes the single-use link on. */
	invite: staffProcedure('users.manage')
		.input(inviteInputSchema)
		.output(z.object({ token: z.string(), expiresAt: z.iso.datetime({ offset: true }) }))
		.mutation(async ({ ctx, input }) => {
			const token = newInviteToken();
			const expiresAt = new Date(ctx.now().getTime() + accountPolicy.inviteValidHours * 3_600_000);
			await createInvite(ctx.db, {
				...input,
				tokenHash: hashToken(token),
				expiresAt,
				invitedBy: ctx.staff.id
			});
			return { token, expiresAt: expiresAt.toISOString() };
		}),

	disable: staffProcedure('users.manage')
		.input(idInput)
		.output(z.object({ disabled: z.boolean() }))
		.mutation(async ({ ctx, input }) => ({
			disabled: await disableAccount(ctx.db, {
				userId: input.id,
				actorId: ctx.staff.id,
				now: ctx.now()
			})
		}))
};

/** Live staff sessions, for admins. */
export const sessionsRouter = {
	list: staffProcedure('sessions.manage')
		.output(z.array(sessionSummarySchema))
		.query(({ ctx }) => listLiveSessions(ctx.db, { now: ctx.now() })),

	revoke: staffProcedure('sessions.manage')
		.input(idInput)
		.output(z.object({ ended: z.boolean() }))
		.mutation(async ({ ctx, input }) => ({
			ended: await revokeSession(ctx.db, {
				sessionId: input.id,
				actorId: ctx.staff.id,
				now: ctx.now()
			})
		}))
};
