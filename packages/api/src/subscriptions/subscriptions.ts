import {
	changeTopics,
	confirmSubscriber,
	findSubscriber,
	leaveNewsletter,
	liftChosenSuppression,
	queueMail,
	recordSignUpAttempt,
	signUpSubscriber,
	suppressAddress,
	type Subscriber
} from '@whatworks/db';
import {
	DomainError,
	signUpLimits,
	type LinkPurpose,
	type NewsletterTopic,
	type SignUpInput
} from '@whatworks/domain';
import type { Context } from '../context.js';
import { mailKeyOf, type MailKey } from '../mail/mail-key.js';
import { alreadySubscribedMail, confirmationMail } from './subscription-messages.js';

const throttled =
	'There have been too many sign-ups from here or for this address. Please try again in an hour.';

/**
 * Signs an address up, sending the one-link message that confirms it (even to an address that
 * left: only confirming lifts its suppression, so nobody else can have it mailed again) — or, to an address
 * subscribed already, a message saying so with a link to change its topics. The answer is the
 * same either way, so the form tells nobody who is subscribed. A form that filled the field
 * people never see is answered the same and does nothing.
 */
export async function signUp(ctx: Context, input: SignUpInput): Promise<void> {
	const at = ctx.now();
	const key = await mailKeyOf(ctx.db);
	await ctx.db.transaction(async (tx) => {
		const recent = await recordSignUpAttempt(tx, {
			email: input.email,
			ipAddress: ctx.caller.ipAddress,
			at
		});
		if (
			recent.forEmail > signUpLimits.perEmailPerHour ||
			recent.fromAddress > signUpLimits.perNetworkAddressPerHour
		) {
			throw new DomainError('TOO_MANY_REQUESTS', throttled);
		}
		if (input.website) return;
		const subscriber = await signUpSubscriber(tx, { ...input, at });
		const setting = { key, siteOrigin: ctx.siteOrigin, now: at };
		await queueMail(tx, [
			subscriber.wasConfirmed
				? alreadySubscribedMail(subscriber, setting)
				: confirmationMail(subscriber, setting)
		]);
	});
}

const linkProblems = {
	expired: 'This link has expired. Sign up again and we will send you a new one.',
	invalid:
		'This link does not work. Check that you copied the whole link from the email, or sign up again.',
	gone: 'This sign-up no longer exists: sign-ups not confirmed within 7 days are deleted. Sign up again and we will send you a new link.'
} as const;

/** The subscriber a signed link names, or the sentence saying why it does not work. */
async function subscriberOfLink(
	ctx: Context,
	key: MailKey,
	token: string,
	purposes: readonly LinkPurpose[]
): Promise<Subscriber> {
	const subscriber = await signedSubscriber(ctx, key, token, purposes);
	if (!subscriber) throw new DomainError('NOT_FOUND', linkProblems.gone);
	return subscriber;
}

/** The subscriber a valid signed link names, or null when their sign-up has been deleted. */
async function signedSubscriber(
	ctx: Context,
	key: MailKey,
	token: string,
	purposes: readonly LinkPurpose[]
): Promise<Subscriber | null> {
	const now = ctx.now();
	const results = purposes.map((purpose) => key.verify(token, purpose, now));
	const valid = results.find((result) => typeof result === 'object');
	if (typeof valid !== 'object') {
		throw new DomainError(
			'NOT_FOUND',
			linkProblems[results.includes('expired') ? 'expired' : 'invalid']
		);
	}
	return findSubscriber(ctx.db, { id: valid.subscriberId });
}

/** Confirms the sign-up a confirmation link names; confirming twice is harmless. */
export async function confirmSignUp(
	ctx: Context,
	token: string
): Promise<{ topics: NewsletterTopic[] }> {
	const key = await mailKeyOf(ctx.db);
	const subscriber = await subscriberOfLink(ctx, key, token, ['confirm']);
	const confirmed = await ctx.db.transaction(async (tx) => {
		const now = await confirmSubscriber(tx, { id: subscriber.id, at: ctx.now() });
		// Its owner chose to come back: the address they once left (or had erased) is mailed again.
		if (now?.confirmedAt && !now.leftAt) {
			await liftChosenSuppression(tx, key.hashAddress(now.email));
		}
		return now;
	});
	if (!confirmed?.confirmedAt || confirmed.leftAt) {
		throw new DomainError('NOT_FOUND', linkProblems.gone);
	}
	return { topics: confirmed.topics };
}

/**
 * Unsubscribes from everything, through an unsubscribe link (a mail program's one-click POST) or
 * the preferences page. The address is suppressed at once, so no message already queued reaches
 * it. Unsubscribing twice, or after the sign-up was deleted, is harmless.
 */
export async function leaveEverything(ctx: Context, token: string): Promise<void> {
	const key = await mailKeyOf(ctx.db);
	const subscriber = await signedSubscriber(ctx, key, token, ['unsubscribe', 'preferences']);
	// A sign-up deleted since (never confirmed, or erased) is mailed nothing: done already.
	if (!subscriber) return;
	const at = ctx.now();
	await ctx.db.transaction(async (tx) => {
		await leaveNewsletter(tx, { id: subscriber.id, at });
		await suppressAddress(tx, {
			addressHash: key.hashAddress(subscriber.email),
			reason: 'left',
			at
		});
	});
}

/** What the preferences page shows: the address (so readers know which) and its topics. */
export async function readPreferences(
	ctx: Context,
	token: string
): Promise<{ email: string; topics: NewsletterTopic[]; subscribed: boolean }> {
	const key = await mailKeyOf(ctx.db);
	const subscriber = await subscriberOfLink(ctx, key, token, ['preferences']);
	return {
		email: subscriber.email,
		topics: subscriber.topics,
		subscribed: subscriber.confirmedAt !== null && subscriber.leftAt === null
	};
}

/** Changes the topics of a current subscriber through their preferences link. */
export async function changePreferences(
	ctx: Context,
	{ token, topics }: { token: string; topics: NewsletterTopic[] }
): Promise<void> {
	const key = await mailKeyOf(ctx.db);
	const subscriber = await subscriberOfLink(ctx, key, token, ['preferences']);
	if (subscriber.leftAt) {
		throw new DomainError(
			'CONFLICT',
			'This address has unsubscribed from everything. Sign up again to get emails.'
		);
	}
	await changeTopics(ctx.db, { id: subscriber.id, topics });
}
