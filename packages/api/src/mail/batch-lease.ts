import { findSuppressions, renewLeases, type Database } from '@whatworks/db';
import type { SuppressionReason } from '@whatworks/domain';

/** What a batch's lease needs to know. */
interface BatchLeaseOptions {
	db: Database;
	worker: string;
	/** Each claimed message's id and its address's keyed hash. */
	hashes: ReadonlyMap<number, string>;
	/** When the claim's leases run out. */
	leaseUntil: Date;
	leaseSeconds: number;
	now: () => Date;
	onError?: ((error: unknown, context: { messageId?: string }) => void) | undefined;
}

/**
 * The leases of one claimed batch while it is sent. They are renewed together a third of a lease
 * apart, and the batch's suppressions read again each time (an address that leaves while its
 * batch is sent is not mailed after the next renewal). A message is started only while its lease
 * has at least a third of its length left: a renewal that failed twice, or one that found a lease
 * lost (this worker was taken for dead, and another has the message), stops it being sent here.
 */
export class BatchLease {
	readonly #options: BatchLeaseOptions;
	readonly #held: Set<number>;
	#suppressions = new Map<string, SuppressionReason>();
	#validUntil: number;
	#timer: ReturnType<typeof setInterval> | undefined;

	private constructor(options: BatchLeaseOptions) {
		this.#options = options;
		this.#held = new Set(options.hashes.keys());
		this.#validUntil = options.leaseUntil.getTime();
	}

	/** Reads the batch's suppressions and starts renewing its leases. */
	static async start(options: BatchLeaseOptions): Promise<BatchLease> {
		const lease = new BatchLease(options);
		await lease.#readSuppressions();
		lease.#timer = setInterval(() => void lease.#renew(), (options.leaseSeconds * 1000) / 3);
		return lease;
	}

	/** Whether this worker may start sending the message now. */
	mayStart(id: number): boolean {
		const margin = (this.#options.leaseSeconds * 1000) / 3;
		return this.#held.has(id) && this.#options.now().getTime() + margin <= this.#validUntil;
	}

	/** Why the message's address is suppressed, if it is. */
	suppressionOf(id: number): SuppressionReason | undefined {
		return this.#suppressions.get(this.#options.hashes.get(id) ?? '');
	}

	/** The message is sent or given up on: its lease needs no more renewing. */
	done(id: number): void {
		this.#held.delete(id);
	}

	/** Stops renewing. */
	stop(): void {
		clearInterval(this.#timer);
	}

	async #readSuppressions(): Promise<void> {
		const { db, hashes } = this.#options;
		const held = [...this.#held].map((id) => hashes.get(id) ?? '');
		this.#suppressions = await findSuppressions(db, [...new Set(held)]);
	}

	async #renew(): Promise<void> {
		const { db, worker, leaseSeconds, now, onError } = this.#options;
		try {
			const leaseUntil = new Date(now().getTime() + leaseSeconds * 1000);
			const renewed = await renewLeases(db, { ids: [...this.#held], worker, leaseUntil });
			for (const id of this.#held) if (!renewed.has(id)) this.#held.delete(id);
			this.#validUntil = leaseUntil.getTime();
			await this.#readSuppressions();
		} catch (error) {
			onError?.(error, {});
		}
	}
}
