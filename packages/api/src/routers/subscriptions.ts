import {
	linkTokenSchema,
	newsletterTopicSchema,
	preferencesInputSchema,
	signUpInputSchema,
	subscriberEmailSchema
} from '@whatworks/domain';
import { z } from 'zod';
import {
	changePreferences,
	confirmSignUp,
	leaveEverything,
	readPreferences,
	signUp
} from '../subscriptions/subscriptions.js';
import { publicProcedure } from '../trpc.js';

const byToken = z.object({ token: linkTokenSchema });
const done = z.object({ ok: z.literal(true) });

/** Readers' e-newsletter subscriptions, through the site's form and the signed links in messages. */
export const subscriptionsRouter = {
	signUp: publicProcedure
		.input(signUpInputSchema)
		.output(done)
		.mutation(async ({ ctx, input }) => {
			await signUp(ctx, input);
			return { ok: true as const };
		}),
	confirm: publicProcedure
		.input(byToken)
		.output(z.object({ topics: z.array(newsletterTopicSchema) }))
		.mutation(({ ctx, input }) => confirmSignUp(ctx, input.token)),
	unsubscribe: publicProcedure
		.input(byToken)
		.output(done)
		.mutation(async ({ ctx, input }) => {
			await leaveEverything(ctx, input.token);
			return { ok: true as const };
		}),
	// A mutation though it changes nothing: its token and answer travel in a POST body, never in
	// an address a log or cache could keep.
	preferences: publicProcedure
		.input(byToken)
		.output(
			z.object({
				email: subscriberEmailSchema,
				topics: z.array(newsletterTopicSchema),
				subscribed: z.boolean()
			})
		)
		.mutation(({ ctx, input }) => readPreferences(ctx, input.token)),
	changePreferences: publicProcedure
		.input(preferencesInputSchema)
		.output(done)
		.mutation(async ({ ctx, input }) => {
			await changePreferences(ctx, input);
			return { ok: true as const };
		})
};
