import type { MailProgress } from '@whatworks/domain';
import { and, asc, count, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { outbox } from '../schema/index.js';

/** A message as the action that causes it queues it. */
export interface QueuedMail {
	messageId: string;
	mailing?: string | null;
	recipient: string;
	subject: string;
	html: string;
	text: string;
	headers: Record<string, string>;
	/** A confirmation of a sign-up, which an address that left may still be sent. */
	toConfirm?: boolean;
}

/** A message a worker holds the lease of, to send. */
export type ClaimedMail = QueuedMail & { id: number; attempts: number; toConfirm: boolean };

/**
 * Queues messages, in the caller's transaction when it passes one. A message whose id is queued
 * already is not queued again, so a mailing started twice reaches nobody twice.
 * @returns how many were queued
 */
export async function queueMail(db: Database, messages: readonly QueuedMail[]): Promise<number> {
	if (messages.length === 0) return 0;
	const queued = await db
		.insert(outbox)
		.values(
			messages.map((message) => ({
				...message,
				mailing: message.mailing ?? null,
				toConfirm: message.toConfirm ?? false
			}))
		)
		.onConflictDoNothing({ target: outbox.messageId })
		.returning({ id: outbox.id });
	return queued.length;
}

/**
 * Leases up to `limit` queued messages that are due, and whose lease (if any) has run out, to
 * `worker` until `leaseUntil`. Rows another transaction is claiming are skipped, not waited for,
 * so workers on several servers never claim the same message at once. The lease is committed
 * when this returns: nothing is held open while the mail server is spoken to.
 */
export async function claimMail(
	db: Database,
	{ worker, limit, now, leaseUntil }: { worker: string; limit: number; now: Date; leaseUntil: Date }
): Promise<ClaimedMail[]> {
	const due = db
		.select({ id: outbox.id })
		.from(outbox)
		.where(
			and(
				eq(outbox.status, 'queued'),
				lte(outbox.notBefore, now),
				or(isNull(outbox.leaseUntil), lt(outbox.leaseUntil, now))
			)
		)
		.orderBy(asc(outbox.id))
		.limit(limit)
		.for('update', { skipLocked: true });
	const claimed = await db
		.update(outbox)
		.set({ claimedBy: worker, leaseUntil, attempts: sql`${outbox.attempts} + 1` })
		.where(inArray(outbox.id, due))
		.returning({
			id: outbox.id,
			attempts: outbox.attempts,
			messageId: outbox.messageId,
			mailing: outbox.mailing,
			recipient: outbox.recipient,
			subject: outbox.subject,
			html: outbox.html,
			text: outbox.text,
			headers: outbox.headers,
			toConfirm: outbox.toConfirm
		});
	return claimed.sort((a, b) => a.id - b.id);
}

/**
 * Extends `worker`'s lease of a message until `leaseUntil`, before it is sent; false when the
 * lease was lost (run out, and the message claimed by another worker), and the message is not
 * this worker's to send.
 */
export async function renewLease(
	db: Database,
	{ id, worker, leaseUntil }: { id: number; worker: string; leaseUntil: Date }
): Promise<boolean> {
	const renewed = await db
		.update(outbox)
		.set({ leaseUntil })
		.where(and(eq(outbox.id, id), eq(outbox.claimedBy, worker), eq(outbox.status, 'queued')))
		.returning({ id: outbox.id });
	return renewed.length > 0;
}

/** What became of a claimed message. */
export type MailOutcome =
	| { status: 'sent' | 'suppressed' }
	| { status: 'failed'; error: string }
	| { status: 'retry'; error: string; notBefore: Date };

/**
 * Records what became of a message `worker` holds the lease of. A worker whose lease ran out (and
 * whose message another worker may have claimed) records nothing.
 */
export async function recordMailOutcome(
	db: Database,
	{ id, worker, outcome, at }: { id: number; worker: string; outcome: MailOutcome; at: Date }
): Promise<void> {
	const released = { claimedBy: null, leaseUntil: null };
	const change =
		outcome.status === 'retry'
			? { ...released, notBefore: outcome.notBefore, lastError: outcome.error }
			: {
					...released,
					status: outcome.status,
					finishedAt: at,
					lastError: outcome.status === 'failed' ? outcome.error : null
				};
	await db
		.update(outbox)
		.set(change)
		.where(and(eq(outbox.id, id), eq(outbox.claimedBy, worker)));
}

/**
 * Gives back the leases of messages a stopping worker claimed but did not try, so another worker
 * sends them at once rather than when the lease runs out.
 */
export async function releaseMail(
	db: Database,
	{ ids, worker }: { ids: readonly number[]; worker: string }
): Promise<void> {
	if (ids.length === 0) return;
	await db
		.update(outbox)
		.set({ claimedBy: null, leaseUntil: null, attempts: sql`${outbox.attempts} - 1` })
		.where(and(inArray(outbox.id, [...ids]), eq(outbox.claimedBy, worker)));
}

/** How many messages of a mailing are queued, sent, failed and suppressed. */
export async function findMailProgress(db: Database, mailing: string): Promise<MailProgress> {
	const rows = await db
		.select({ status: outbox.status, count: count() })
		.from(outbox)
		.where(eq(outbox.mailing, mailing))
		.groupBy(outbox.status);
	const progress: MailProgress = { queued: 0, sent: 0, failed: 0, suppressed: 0 };
	for (const row of rows) progress[row.status] = row.count;
	return progress;
}
