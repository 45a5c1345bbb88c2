import {
	DomainError,
	type MessageContent,
	type NewsletterMailing,
	type NewsletterTopic
} from '@whatworks/domain';
import {
	and,
	arrayOverlaps,
	asc,
	count,
	desc,
	eq,
	inArray,
	isNotNull,
	isNull,
	lte,
	sql
} from 'drizzle-orm';
import type { Database } from '../client.js';
import { mailings, newsletters, outbox, subscribers, users } from '../schema/index.js';
import { recordAudit } from './audit.js';
import { findMailProgress } from './outbox.js';

/**
 * Sends a published issue at `sendAt` (now, or later) to every confirmed subscriber, or to those
 * who chose one of `topics`; its message is kept once, as it is now. Audited.
 */
export async function scheduleMailing(
	db: Database,
	{
		number,
		message,
		topics,
		sendAt,
		sentBy
	}: {
		number: number;
		message: MessageContent;
		topics: NewsletterTopic[] | null;
		sendAt: Date;
		sentBy: number;
	}
): Promise<number> {
	return db.transaction(async (tx) => {
		const [issue] = await tx
			.select({ id: newsletters.id })
			.from(newsletters)
			.where(eq(newsletters.number, number));
		if (!issue) {
			throw new DomainError(
				'NOT_FOUND',
				`No e-newsletter no.${number} is published: publish it first.`
			);
		}
		const [mailing] = await tx
			.insert(mailings)
			.values({ newsletterId: issue.id, message, topics, sendAt, sentBy })
			.returning({ id: mailings.id });
		if (!mailing) throw new Error('The mailing was not stored');
		await recordAudit(tx, {
			actorId: sentBy,
			action: 'newsletter.sent',
			subjectType: 'newsletter',
			subjectId: String(number),
			detail: { mailingId: mailing.id, sendAt: sendAt.toISOString(), topics: topics ?? 'everyone' }
		});
		return mailing.id;
	});
}

/**
 * Stops a mailing that has not started; one whose messages are queued goes on. Audited.
 * @returns whether it was stopped
 */
export async function cancelMailing(
	db: Database,
	{ id, by, at }: { id: number; by: number; at: Date }
): Promise<boolean> {
	return db.transaction(async (tx) => {
		const [cancelled] = await tx
			.update(mailings)
			.set({ cancelledAt: at })
			.where(and(eq(mailings.id, id), isNull(mailings.queuedAt), isNull(mailings.cancelledAt)))
			.returning({ id: mailings.id });
		if (!cancelled) return false;
		await recordAudit(tx, {
			actorId: by,
			action: 'newsletter.cancelled',
			subjectType: 'mailing',
			subjectId: String(id)
		});
		return true;
	});
}

/**
 * Queues one message per recipient of each mailing whose time has come, all in the database:
 * nothing per recipient passes through this process, so a mailing's size costs no memory here.
 * Each mailing is queued in one transaction, claimed with `SKIP LOCKED` so only one server does
 * it; a subscriber an issue already went to (by another mailing of it) is not queued again.
 * @returns how many messages were queued
 */
export async function queueDueMailings(
	db: Database,
	{ now, host }: { now: Date; host: string }
): Promise<number> {
	let queued = 0;
	for (;;) {
		const queuedNow: number | null = await db.transaction(async (tx) => {
			const [due] = await tx
				.select({ id: mailings.id, topics: mailings.topics, number: newsletters.number })
				.from(mailings)
				.innerJoin(newsletters, eq(newsletters.id, mailings.newsletterId))
				.where(
					and(isNull(mailings.queuedAt), isNull(mailings.cancelledAt), lte(mailings.sendAt, now))
				)
				.orderBy(asc(mailings.sendAt))
				.limit(1)
				.for('update', { of: mailings, skipLocked: true });
			if (!due) return null;
			const recipients = tx
				.select({
					messageId:
						sql<string>`'<newsletter-' || ${due.number}::text || '.subscriber-' || ${subscribers.id}::text || '@' || ${host}::text || '>'`.as(
							'message_id'
						),
					mailingId: sql<number>`${due.id}::integer`.as('mailing_id'),
					subscriberId: sql<number>`${subscribers.id}`.as('subscriber_id'),
					recipient: sql<string>`${subscribers.email}`.as('recipient'),
					// Due by the clock of the worker queuing them, not the database's.
					notBefore: sql<Date>`${now.toISOString()}::timestamptz`.as('not_before')
				})
				.from(subscribers)
				.where(
					and(
						isNotNull(subscribers.confirmedAt),
						isNull(subscribers.leftAt),
						due.topics ? arrayOverlaps(subscribers.topics, due.topics) : undefined
					)
				)
				.orderBy(asc(subscribers.id));
			// Drizzle's insert-select wants every column of the table, defaults included.
			await tx.execute(
				sql`insert into ${outbox} (message_id, mailing_id, subscriber_id, recipient, not_before) ${recipients} on conflict (message_id) do nothing`
			);
			const [row] = await tx
				.select({ count: count() })
				.from(outbox)
				.where(eq(outbox.mailingId, due.id));
			await tx.update(mailings).set({ queuedAt: now }).where(eq(mailings.id, due.id));
			return row?.count ?? 0;
		});
		if (queuedNow === null) return queued;
		queued += queuedNow;
	}
}

/** The words each mailing sends, by id. */
export async function findMailingMessages(
	db: Database,
	ids: readonly number[]
): Promise<Map<number, MessageContent>> {
	if (ids.length === 0) return new Map();
	const rows = await db
		.select({ id: mailings.id, message: mailings.message })
		.from(mailings)
		.where(inArray(mailings.id, [...ids]));
	return new Map(rows.map((row) => [row.id, row.message]));
}

/** The mailings of an issue, newest first, each with its progress. */
export async function listMailings(
	db: Database,
	{ number }: { number: number }
): Promise<NewsletterMailing[]> {
	const rows = await db
		.select({
			id: mailings.id,
			sendAt: mailings.sendAt,
			topics: mailings.topics,
			queuedAt: mailings.queuedAt,
			cancelledAt: mailings.cancelledAt,
			sentBy: users.name
		})
		.from(mailings)
		.innerJoin(newsletters, eq(newsletters.id, mailings.newsletterId))
		.innerJoin(users, eq(users.id, mailings.sentBy))
		.where(eq(newsletters.number, number))
		.orderBy(desc(mailings.id));
	return Promise.all(
		rows.map(async (row) => ({
			...row,
			sendAt: row.sendAt.toISOString(),
			queuedAt: row.queuedAt?.toISOString() ?? null,
			cancelledAt: row.cancelledAt?.toISOString() ?? null,
			progress: await findMailProgress(db, row.id)
		}))
	);
}
