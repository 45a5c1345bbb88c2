import type { NewsletterTopic } from '@whatworks/domain';
import { and, count, eq, gt, isNotNull, isNull, or } from 'drizzle-orm';
import type { Database } from '../client.js';
import { signUpAttempts, subscribers } from '../schema/index.js';

/** A reader of the e-newsletter, as the subscription procedures need them. */
export interface Subscriber {
	id: number;
	email: string;
	topics: NewsletterTopic[];
	confirmedAt: Date | null;
	leftAt: Date | null;
}

const subscriberColumns = {
	id: subscribers.id,
	email: subscribers.email,
	topics: subscribers.topics,
	confirmedAt: subscribers.confirmedAt,
	leftAt: subscribers.leftAt
};

/** Records a sign-up for throttling; returns how many there were in the last hour, this one included. */
export async function recordSignUpAttempt(
	db: Database,
	{ email, ipAddress, at }: { email: string; ipAddress: string; at: Date }
): Promise<{ forEmail: number; fromAddress: number }> {
	await db.insert(signUpAttempts).values({ email, ipAddress, at });
	const since = new Date(at.getTime() - 60 * 60 * 1000);
	const recent = async (matching: ReturnType<typeof eq>) => {
		const [row] = await db
			.select({ count: count() })
			.from(signUpAttempts)
			.where(and(matching, gt(signUpAttempts.at, since)));
		return row?.count ?? 0;
	};
	return {
		forEmail: await recent(eq(signUpAttempts.email, email)),
		fromAddress: await recent(eq(signUpAttempts.ipAddress, ipAddress))
	};
}

/**
 * Starts a subscription waiting for confirmation, or starts it again for an address that never
 * confirmed or that left. An address subscribed already is left as it is.
 */
export async function signUpSubscriber(
	db: Database,
	{ email, topics, at }: { email: string; topics: NewsletterTopic[]; at: Date }
): Promise<Subscriber & { wasConfirmed: boolean }> {
	const [started] = await db
		.insert(subscribers)
		.values({ email, topics, createdAt: at })
		.onConflictDoUpdate({
			target: subscribers.email,
			set: { topics, createdAt: at, confirmedAt: null, leftAt: null },
			setWhere: or(isNull(subscribers.confirmedAt), isNotNull(subscribers.leftAt))
		})
		.returning(subscriberColumns);
	if (started) return { ...started, wasConfirmed: false };
	const existing = await findSubscriber(db, { email });
	if (!existing) throw new Error('A subscriber vanished while signing up.');
	return { ...existing, wasConfirmed: true };
}

/** One subscriber by id or by address, or null. */
export async function findSubscriber(
	db: Database,
	which: { id: number } | { email: string }
): Promise<Subscriber | null> {
	const [row] = await db
		.select(subscriberColumns)
		.from(subscribers)
		.where('id' in which ? eq(subscribers.id, which.id) : eq(subscribers.email, which.email));
	return row ?? null;
}

/**
 * Confirms a sign-up that is still waiting. Confirming twice is harmless; a subscriber who left
 * since, or whose sign-up was deleted, is not confirmed by an old link.
 * @returns the subscriber as they are now, or null when the sign-up is gone
 */
export async function confirmSubscriber(
	db: Database,
	{ id, at }: { id: number; at: Date }
): Promise<Subscriber | null> {
	await db
		.update(subscribers)
		.set({ confirmedAt: at })
		.where(
			and(eq(subscribers.id, id), isNull(subscribers.confirmedAt), isNull(subscribers.leftAt))
		);
	return findSubscriber(db, { id });
}

/** Ends a subscription to everything; the row stays until the retention job erases it. */
export async function leaveNewsletter(
	db: Database,
	{ id, at }: { id: number; at: Date }
): Promise<Subscriber | null> {
	await db
		.update(subscribers)
		.set({ leftAt: at })
		.where(and(eq(subscribers.id, id), isNull(subscribers.leftAt)));
	return findSubscriber(db, { id });
}

/** Changes a confirmed, current subscriber's topics. */
export async function changeTopics(
	db: Database,
	{ id, topics }: { id: number; topics: NewsletterTopic[] }
): Promise<Subscriber | null> {
	await db
		.update(subscribers)
		.set({ topics })
		.where(and(eq(subscribers.id, id), isNull(subscribers.leftAt)));
	return findSubscriber(db, { id });
}
