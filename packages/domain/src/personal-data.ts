import { z } from 'zod';
import { mailStatusSchema } from './mail.js';
import { newsletterTopicSchema, subscriberEmailSchema } from './subscriptions.js';

/** Whose data an admin exports or erases: one email address. */
export type PersonInput = z.infer<typeof personInputSchema>;
/** Validates the address an export or erasure is about. */
export const personInputSchema = z.object({ email: subscriberEmailSchema });

/**
 * Everything the platform holds about one email address, as an admin exports it for its owner
 * (a subject access request): the subscription, the messages sent or kept, and sign-up attempts.
 */
export type PersonalData = z.infer<typeof personalDataSchema>;
/** Validates an export of one person's data. */
export const personalDataSchema = z.object({
	email: subscriberEmailSchema,
	subscription: z
		.object({
			topics: z.array(newsletterTopicSchema),
			signedUpAt: z.iso.datetime({ offset: true }),
			confirmedAt: z.iso.datetime({ offset: true }).nullable(),
			leftAt: z.iso.datetime({ offset: true }).nullable()
		})
		.nullable(),
	messages: z.array(
		z.object({
			subject: z.string(),
			status: mailStatusSchema,
			queuedAt: z.iso.datetime({ offset: true }),
			finishedAt: z.iso.datetime({ offset: true }).nullable()
		})
	),
	caughtMessages: z.array(
		z.object({ subject: z.string(), caughtAt: z.iso.datetime({ offset: true }) })
	),
	signUpAttempts: z.array(
		z.object({ at: z.iso.datetime({ offset: true }), networkAddress: z.string() })
	),
	/** Whether the address is on the list never to be mailed (held only as a keyed hash). */
	suppressed: z.boolean()
});

/** How many rows of each kind an erasure deleted. */
export type Erasure = z.infer<typeof erasureSchema>;
/** Validates an erasure's counts. */
export const erasureSchema = z.object({
	subscriptions: z.int(),
	messages: z.int(),
	caughtMessages: z.int(),
	signUpAttempts: z.int()
});
