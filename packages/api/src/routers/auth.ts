import { findAccountById, signOut } from '@whatworks/db';
import {
	acceptInviteInputSchema,
	DomainError,
	signedInSchema,
	signInInputSchema,
	staffUserSchema
} from '@whatworks/domain';
import { z } from 'zod';
import { acceptInvite } from '../auth/accept-invite.js';
import { signIn } from '../auth/sign-in.js';
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
		.mutation(({ ctx, input }) => acceptInvite(ctx, input)),

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
		.mutation(async ({ ctx }) => ({
			ended: await signOut(ctx.db, {
				sessionId: ctx.staff.sessionId,
				userId: ctx.staff.id,
				now: ctx.now()
			})
		}))
};
