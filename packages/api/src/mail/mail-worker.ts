import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
	claimMail,
	findMailingMessages,
	queueDueMailings,
	recordMailOutcome,
	releaseMail,
	suppressAddress,
	type ClaimedMail,
	type Database,
	type MailOutcome,
	type OutgoingMail
} from '@whatworks/db';
import { retryDelaySeconds, type MessageContent, type SuppressionReason } from '@whatworks/domain';
import { subscriberCopy } from '../subscriptions/subscription-messages.js';
import { BatchLease } from './batch-lease.js';
import { mailKeyOf, type MailKey } from './mail-key.js';
import { DeliveryFailure, smtpConnections, type MailSender } from './mail-sender.js';

/** How a worker sends. */
export interface MailWorkerOptions {
	db: Database;
	sender: MailSender;
	/** At most this many messages a second, however many are queued. */
	ratePerSecond: number;
	/** The public site's address, which a mailing's links lead to and its Message-IDs name. */
	siteOrigin: string;
	/** Messages claimed at once; each is leased for `leaseSeconds`. */
	batchSize?: number;
	/** Messages on their way to the mail server at once (one connection each). */
	concurrency?: number;
	leaseSeconds?: number;
	/** How long to wait before looking again when nothing is due. */
	idleMs?: number;
	/** Hears of what went wrong: never the addresses, only message ids and reasons. */
	onError?: (error: unknown, context: { messageId?: string }) => void;
	now?: () => Date;
}

/**
 * Sends the outbox: queues each mailing when its time comes, claims due messages with a lease
 * committed first, skips suppressed addresses, sends the rest at the configured rate over a few
 * connections at once, and records each outcome — sent; tried again later with
 * a growing wait after a temporary failure; failed, and the address suppressed, after a permanent
 * one. Any number of workers, on any number of servers, may run on one database.
 *
 * A worker that dies after the mail server accepted a message but before recording it leaves the
 * lease to run out, and that one message is sent again, under the same Message-ID: the only
 * duplicate there can be.
 */
export class MailWorker {
	readonly id = `worker-${randomUUID()}`;
	#running: Promise<void> | null = null;
	#stopping = false;
	#wake: (() => void) | null = null;
	readonly #options: Required<Omit<MailWorkerOptions, 'onError'>> &
		Pick<MailWorkerOptions, 'onError'>;
	readonly #pace: () => Promise<void>;
	/** When this worker last looked for mailings due to be queued, by its clock. */
	#lookedForMailingsAt = Number.NEGATIVE_INFINITY;
	/** The mailings' messages this worker has read: a mailing's message never changes. */
	readonly #mailingMessages = new Map<number, MessageContent>();

	constructor(options: MailWorkerOptions) {
		this.#options = {
			batchSize: 50,
			concurrency: smtpConnections,
			leaseSeconds: 300,
			idleMs: 1000,
			now: () => new Date(),
			...options
		};
		this.#pace = pacer(options.ratePerSecond);
	}

	/**
	 * Queues the mailings whose time has come (looking at most once per `idleMs`, not before
	 * every batch of a big mailing), then claims one batch of due messages and sends it over
	 * `concurrency` connections; resolves with how many it claimed.
	 */
	async sendDue(): Promise<number> {
		const { db, batchSize, leaseSeconds, concurrency, now } = this.#options;
		await this.#queueDueMailings();
		const at = now();
		const leaseUntil = new Date(at.getTime() + leaseSeconds * 1000);
		const claimed = await claimMail(db, { worker: this.id, limit: batchSize, now: at, leaseUntil });
		if (claimed.length === 0) return 0;
		const key = await mailKeyOf(db);
		const messages = await this.#messagesOf(claimed);
		const lease = await BatchLease.start({
			db,
			worker: this.id,
			hashes: new Map(claimed.map((message) => [message.id, key.hashAddress(message.recipient)])),
			leaseUntil,
			leaseSeconds,
			now,
			onError: this.#options.onError
		});
		const untried: number[] = [];
		let next = 0;
		const lane = async () => {
			while (next < claimed.length && !this.#stopping) {
				const message = claimed[next++] as ClaimedMail;
				await this.#pace();
				if (!lease.mayStart(message.id)) {
					untried.push(message.id);
					continue;
				}
				try {
					await this.#deliver(message, key, lease.suppressionOf(message.id), messages);
				} catch (error) {
					// Its lease runs out and another attempt follows; the other lanes go on.
					this.#options.onError?.(error, { messageId: message.messageId });
				} finally {
					lease.done(message.id);
				}
			}
		};
		await Promise.all(Array.from({ length: concurrency }, lane));
		lease.stop();
		// Claimed messages not tried (when stopping, or past their lease) go back for another
		// worker to send at once.
		untried.push(...claimed.slice(next).map(({ id }) => id));
		await releaseMail(db, { ids: untried, worker: this.id });
		return claimed.length;
	}

	async #queueDueMailings(): Promise<void> {
		const { db, now, idleMs, siteOrigin, onError } = this.#options;
		const at = now();
		if (at.getTime() - this.#lookedForMailingsAt < idleMs) return;
		this.#lookedForMailingsAt = at.getTime();
		try {
			await queueDueMailings(db, { now: at, host: new URL(siteOrigin).hostname });
		} catch (error) {
			// Whatever stopped a mailing being queued, the messages already queued still go.
			onError?.(error, {});
		}
	}

	/** The messages of the mailings a batch belongs to, read once per mailing. */
	async #messagesOf(claimed: readonly ClaimedMail[]): Promise<ReadonlyMap<number, MessageContent>> {
		const unread = new Set(
			claimed.flatMap(({ mailingId }) =>
				mailingId === null || this.#mailingMessages.has(mailingId) ? [] : [mailingId]
			)
		);
		for (const [id, message] of await findMailingMessages(this.#options.db, [...unread])) {
			this.#mailingMessages.set(id, message);
		}
		return this.#mailingMessages;
	}

	/** Sends one claimed message, unless its address is suppressed, and records what became of it. */
	async #deliver(
		message: ClaimedMail,
		key: MailKey,
		suppression: SuppressionReason | undefined,
		messages: ReadonlyMap<number, MessageContent>
	): Promise<void> {
		const { db, now, siteOrigin } = this.#options;
		if (suppression && !(suppression === 'left' && message.toConfirm)) {
			await this.#record(message, { status: 'suppressed' });
			return;
		}
		const mailing = message.mailingId === null ? null : messages.get(message.mailingId);
		const words =
			message.mailingId === null
				? message.words
				: // A mailing's message is written out for each subscriber, with their own links.
					mailing && subscriberCopy(message.subscriberId, { key, siteOrigin, now: now() }, mailing);
		if (!words) return;
		const outgoing = { ...words, messageId: message.messageId, recipient: message.recipient };
		const outcome = await this.#attempt(outgoing, message.attempts);
		if (outcome.status === 'failed' && outcome.permanent) {
			const addressHash = key.hashAddress(message.recipient);
			await suppressAddress(db, { addressHash, reason: 'bounced', at: now() });
		}
		await this.#record(message, outcome);
	}

	async #attempt(
		message: OutgoingMail,
		attempts: number
	): Promise<MailOutcome & { permanent?: boolean }> {
		try {
			await this.#options.sender.send(message);
			return { status: 'sent' };
		} catch (error) {
			this.#options.onError?.(error, { messageId: message.messageId });
			const reason = error instanceof Error ? error.message : String(error);
			if (error instanceof DeliveryFailure && error.kind === 'permanent') {
				return { status: 'failed', error: reason, permanent: true };
			}
			// Given up on after the last retry, but not suppressed: the address may be fine and the
			// mail server (or our settings) at fault.
			const delay = retryDelaySeconds(attempts);
			return delay === null
				? { status: 'failed', error: reason, permanent: false }
				: {
						status: 'retry',
						error: reason,
						notBefore: new Date(this.#options.now().getTime() + delay * 1000)
					};
		}
	}

	#record(message: ClaimedMail, outcome: MailOutcome) {
		return recordMailOutcome(this.#options.db, {
			id: message.id,
			worker: this.id,
			outcome,
			at: this.#options.now()
		});
	}

	/** Sends until stopped, looking again at once after a full batch and after `wake`. */
	start(): void {
		if (this.#running) return;
		this.#stopping = false;
		this.#running = (async () => {
			while (!this.#stopping) {
				let claimed = 0;
				try {
					claimed = await this.sendDue();
				} catch (error) {
					this.#options.onError?.(error, {});
				}
				if (claimed === 0 && !this.#stopping) await this.#idle();
			}
		})();
	}

	/** Looks for due messages now, e.g. after a mailing was queued on this server. */
	wake(): void {
		this.#wake?.();
	}

	#idle(): Promise<void> {
		const controller = new AbortController();
		this.#wake = () => controller.abort();
		return sleep(this.#options.idleMs, undefined, { signal: controller.signal })
			.catch(() => {})
			.finally(() => {
				this.#wake = null;
			});
	}

	/**
	 * Stops after the message being sent: claimed messages not yet tried are given back for
	 * another worker to send at once.
	 */
	async stop(): Promise<void> {
		this.#stopping = true;
		this.wake();
		await this.#running;
		this.#running = null;
	}
}

/** Spaces calls `1 / ratePerSecond` apart, the first at once. */
function pacer(ratePerSecond: number): () => Promise<void> {
	const interval = 1000 / ratePerSecond;
	let next = performance.now();
	return async () => {
		const wait = next - performance.now();
		next = Math.max(next, performance.now()) + interval;
		if (wait > 0) await sleep(wait);
	};
}
