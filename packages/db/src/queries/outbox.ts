import type { MailProgress } from '@whatworks/domain';
import { and, asc, count, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { outbox } from '../schema/index.js';

/** What a message says, written out: its subject, both parts and its further headers. */
export interface MailWords {
	subject: string;
	html: string;
	text: string;
	headers: Record<string, string>;
}

/** A message as it goes to the mail server. */
export interface OutgoingMail extends MailWords {
	messageId: string;
	recipient: string;
}

/** A one-off message as the action that causes it queues it. */
export interface QueuedMail extends OutgoingMail {
	/** A confirmation of a sign-up, which an address that left may still be sent. */
	toConfirm?: boolean;
	/**
	 * When it may go: the queuing server's now. Workers compare it with their own clocks, so
	 * the time is the servers' throughout, not the database's (keep their clocks in sync).
	 */
	notBefore: Date;
}

/**
 * A message a worker holds the lease of: a one-off message with its words, or one subscriber's
 * copy of a mailing, which the worker writes out from the mailing's message with their links.
 */
export type ClaimedMail = {
	id: number;
	attempts: number;
	messageId: string;
	recipient: string;
	toConfirm: boolean;
} & ({ mailingId: null; words: MailWords } | { mailingId: number; subscriberId: number });

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
				toConfirm: message.toConfirm ?? false
			}))
		)
		.onConflictDoNothing({ target: outbox.messageId })
		.returning({ id: outbox.id });
	return queued.length;
}

/** Whether a message belongs to a mailing: false (one-off messages) sorts first. */
const mailingFirst = sql`(${outbox.mailingId} is not null)`;

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
		// One-off messages (a confirmation, a test) before a mailing's, so a big mailing never
		// holds them up; then the oldest due. The order of the outbox's claim index: the due rows
		// are read from its start, never all of them sorted.
		.orderBy(asc(mailingFirst), asc(outbox.notBefore), asc(outbox.id))
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
			recipient: outbox.recipient,
			toConfirm: outbox.toConfirm,
			mailingId: outbox.mailingId,
			subscriberId: outbox.subscriberId,
			subject: outbox.subject,
			html: outbox.html,
			text: outbox.text,
			headers: outbox.headers
		});
	return claimed
		.sort((a, b) => a.id - b.id)
		.map(({ mailingId, subscriberId, subject, html, text, headers, ...message }) =>
			mailingId !== null && subscriberId !== null
				? { ...message, mailingId, subscriberId }
				: {
						...message,
						mailingId: null,
						// The table's check: a message without a mailing has all its words.
						words: {
							subject: subject ?? '',
							html: html ?? '',
							text: text ?? '',
							headers: headers ?? {}
						}
					}
		);
}

/**
 * Extends `worker`'s leases of the messages it is sending until `leaseUntil`, and gives the ids
 * it still holds: a lease that ran out, its message claimed by another worker, is lost, and that
 * message is not this worker's to send.
 */
export async function renewLeases(
	db: Database,
	{ ids, worker, leaseUntil }: { ids: readonly number[]; worker: string; leaseUntil: Date }
): Promise<Set<number>> {
	if (ids.length === 0) return new Set();
	const renewed = await db
		.update(outbox)
		.set({ leaseUntil })
		.where(
			and(inArray(outbox.id, [...ids]), eq(outbox.claimedBy, worker), eq(outbox.status, 'queued'))
		)
		.returning({ id: outbox.id });
	return new Set(renewed.map(({ id }) => id));
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
export async function findMailProgress(db: Database, mailingId: number): Promise<MailProgress> {
	const rows = await db
		.select({ status: outbox.status, count: count() })
		.from(outbox)
		.where(eq(outbox.mailingId, mailingId))
		.groupBy(outbox.status);
	const progress: MailProgress = { queued: 0, sent: 0, failed: 0, suppressed: 0 };
	for (const row of rows) progress[row.status] = row.count;
	return progress;
}
