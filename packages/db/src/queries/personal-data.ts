import type { Erasure, PersonalData } from '@whatworks/domain';
import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import {
	caughtMail,
	mailings,
	mailSuppressions,
	outbox,
	signUpAttempts,
	subscribers
} from '../schema/index.js';
import { recordAudit } from './audit.js';
import { suppressAddress } from './mail-suppressions.js';

const iso = (date: Date) => date.toISOString();

/**
 * Everything held about one address (`addressHash`: its keyed hash, for the suppression list),
 * for its owner; the audit log records that `actorId` exported it, naming the hash's start only.
 */
export async function exportPersonalData(
	db: Database,
	{ email, addressHash, actorId }: { email: string; addressHash: string; actorId: number }
): Promise<PersonalData> {
	await recordAudit(db, {
		actorId,
		action: 'person.exported',
		subjectType: 'person',
		subjectId: addressHash.slice(0, 16)
	});
	const [subscriber] = await db.select().from(subscribers).where(eq(subscribers.email, email));
	const messages = await db
		.select({
			// A mailing's copy has its subject in the mailing.
			subject: sql<string>`coalesce(${outbox.subject}, ${mailings.message}->>'subject')`,
			status: outbox.status,
			queuedAt: outbox.queuedAt,
			finishedAt: outbox.finishedAt
		})
		.from(outbox)
		.leftJoin(mailings, eq(mailings.id, outbox.mailingId))
		.where(eq(outbox.recipient, email))
		.orderBy(asc(outbox.id));
	const caught = await db
		.select()
		.from(caughtMail)
		.where(eq(caughtMail.recipient, email))
		.orderBy(asc(caughtMail.id));
	const attempts = await db
		.select()
		.from(signUpAttempts)
		.where(eq(signUpAttempts.email, email))
		.orderBy(asc(signUpAttempts.at));
	const [suppression] = await db
		.select()
		.from(mailSuppressions)
		.where(eq(mailSuppressions.addressHash, addressHash));
	return {
		email,
		subscription: subscriber
			? {
					topics: subscriber.topics,
					signedUpAt: iso(subscriber.createdAt),
					confirmedAt: subscriber.confirmedAt && iso(subscriber.confirmedAt),
					leftAt: subscriber.leftAt && iso(subscriber.leftAt)
				}
			: null,
		messages: messages.map((message) => ({
			subject: message.subject,
			status: message.status,
			queuedAt: iso(message.queuedAt),
			finishedAt: message.finishedAt && iso(message.finishedAt)
		})),
		caughtMessages: caught.map((message) => ({
			subject: message.subject,
			caughtAt: iso(message.caughtAt)
		})),
		signUpAttempts: attempts.map((attempt) => ({
			at: iso(attempt.at),
			networkAddress: attempt.ipAddress
		})),
		suppressed: suppression !== undefined
	};
}

/**
 * Erases everything held about one address at its owner's request, leaving only its keyed hash
 * among the suppressions so it is never mailed again, and an audit entry naming the hash's start
 * (never the address) and what went.
 */
export async function erasePersonalData(
	db: Database,
	{
		email,
		addressHash,
		actorId,
		at
	}: { email: string; addressHash: string; actorId: number; at: Date }
): Promise<Erasure> {
	return db.transaction(async (tx) => {
		const erasure: Erasure = {
			subscriptions: (
				await tx
					.delete(subscribers)
					.where(eq(subscribers.email, email))
					.returning({ id: subscribers.id })
			).length,
			messages: (
				await tx.delete(outbox).where(eq(outbox.recipient, email)).returning({ id: outbox.id })
			).length,
			caughtMessages: (
				await tx
					.delete(caughtMail)
					.where(eq(caughtMail.recipient, email))
					.returning({ id: caughtMail.id })
			).length,
			signUpAttempts: (
				await tx
					.delete(signUpAttempts)
					.where(eq(signUpAttempts.email, email))
					.returning({ id: signUpAttempts.id })
			).length
		};
		await suppressAddress(tx, { addressHash, reason: 'left', at });
		await recordAudit(tx, {
			actorId,
			action: 'person.erased',
			subjectType: 'person',
			subjectId: addressHash.slice(0, 16),
			detail: erasure
		});
		return erasure;
	});
}
