import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
	claimMail,
	findSuppressions,
	recordMailOutcome,
	releaseMail,
	renewLease,
	suppressAddress,
	type ClaimedMail,
	type Database,
	type MailOutcome
} from '@whatworks/db';
import { retryDelaySeconds } from '@whatworks/domain';
import { mailKeyOf } from './mail-key.js';
import { DeliveryFailure, type MailSender } from './mail-sender.js';

/** How a worker sends. */
export interface MailWorkerOptions {
	db: Database;
	sender: MailSender;
	/** At most this many messages a second, however many are queued. */
	ratePerSecond: number;
	/** Messages claimed at once; each is leased for `leaseSeconds`. */
	batchSize?: number;
	leaseSeconds?: number;
	/** How long to wait before looking again when nothing is due. */
	idleMs?: number;
	/** Hears of what went wrong: never the addresses, only message ids and reasons. */
	onError?: (error: unknown, context: { messageId?: string }) => void;
	now?: () => Date;
}

/**
 * Sends the outbox: claims due messages with a lease committed first, skips suppressed addresses,
 * sends the rest at the configured rate, and records each outcome — sent; tried again later with
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

	constructor(options: MailWorkerOptions) {
		this.#options = {
			batchSize: 50,
			leaseSeconds: 300,
			idleMs: 1000,
			now: () => new Date(),
			...options
		};
		this.#pace = pacer(options.ratePerSecond);
	}

	/** Claims one batch of due messages and sends it; resolves with how many it claimed. */
	async sendDue(): Promise<number> {
		const { db, batchSize, leaseSeconds, now } = this.#options;
		const at = now();
		const claimed = await claimMail(db, {
			worker: this.id,
			limit: batchSize,
			now: at,
			leaseUntil: new Date(at.getTime() + leaseSeconds * 1000)
		});
		if (claimed.length === 0) return 0;
		const key = await mailKeyOf(db);
		for (const [index, message] of claimed.entries()) {
			if (this.#stopping) {
				await releaseMail(db, { ids: claimed.slice(index).map(({ id }) => id), worker: this.id });
				break;
			}
			await this.#pace();
			// The lease is renewed before each message, so a slow batch is never claimed again
			// under a worker still sending it; a lease lost (this worker was taken for dead) means
			// another worker has the message.
			const renewed = await renewLease(db, {
				id: message.id,
				worker: this.id,
				leaseUntil: new Date(now().getTime() + leaseSeconds * 1000)
			});
			if (!renewed) continue;
			// Read now, not at the claim: an address that left a moment ago is not mailed.
			const hash = key.hashAddress(message.recipient);
			const suppression = (await findSuppressions(db, [hash])).get(hash);
			if (suppression && !(suppression === 'left' && message.toConfirm)) {
				await this.#record(message, { status: 'suppressed' });
				continue;
			}
			const outcome = await this.#attempt(message);
			if (outcome.status === 'failed' && outcome.permanent) {
				await suppressAddress(db, { addressHash: hash, reason: 'bounced', at: now() });
			}
			await this.#record(message, outcome);
		}
		return claimed.length;
	}

	async #attempt(message: ClaimedMail): Promise<MailOutcome & { permanent?: boolean }> {
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
			const delay = retryDelaySeconds(message.attempts);
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
