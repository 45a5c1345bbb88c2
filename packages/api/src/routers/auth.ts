import { acceptInvite, endSession, findAccountById, recordAudit } from '@whatworks/db';
import {
	acceptInviteInputSchema,
	DomainError,
	signedInSchema,
	signInInputSchema,
	staffUserSchema
} from '@whatworks/domain';
import { z } from 'zod';
import { hashPassword, isCommonPassword } from '../auth/passwords.js';
import { signIn } from '../auth/sign-in.js';
import { hashToken } from '../auth/tokens.js';
import { publicProcedure, staffProcedure } from '../trpc.js';

/** Signing in and out, and accepting an invite. */
export const authRouter = {
	signIn: publicProcedure
		.input(signInInputSchema)
		.output(signedInSchema)
		.mutation(({ ctx, input }) => signIn(ctx, input)),

	acceptInvite: publicProcedure
		.input(acceptInviteInputSchema)
		.output(z.object({ email: z.string() }))
		.mutation(async ({ ctx, input }) => {
			if (await isCommonPassword(input.password)) {
				throw new DomainError(
					'INVALID_INPUT',
					'That password is one of the most common ones, so it is easy to guess. Choose another.'
				);
			}
			const user = await acceptInvite(ctx.db, {
				tokenHash: hashToken(input.token),
				passwordHash: await hashPassword(input.password),
				now: ctx.now()
			});
			return { email: user.email };
		}),

	/** Who is signed in. */
	me: staffProcedure('content.read')
		.output(staffUserSchema)
		.query(async ({ ctx }) => {
			const user = await findAccountById(ctx.db, { id: ctx.staff.id });
			if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in again.');
			return user;
		}),

	signOut: staffProcedure('content.read')
		.output(z.object({ ended: z.boolean() }))
		.mutation(async ({ ctx }) => {
			const ended = await ctx.db.transaction(async (tx) => {
				await recordAudit(tx, {
					actorId: ctx.staff.id,
					action: 'session.ended',
					subjectType: 'session',
					subjectId: String(ctx.staff.sessionId)
				});
				return endSession(tx, { id: ctx.staff.sessionId, now: ctx.now() });
			});
			return { ended };
		})
};
