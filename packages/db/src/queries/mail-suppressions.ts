import type { SuppressionReason } from '@whatworks/domain';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../client.js';
import { mailSuppressions, subscribers } from '../schema/index.js';
import { recordAudit } from './audit.js';

/** Never mail the address with this keyed hash again; a stronger reason already there stays. */
export async function suppressAddress(
	db: Database,
	{ addressHash, reason, at }: { addressHash: string; reason: SuppressionReason; at: Date }
): Promise<void> {
	await db
		.insert(mailSuppressions)
		.values({ addressHash, reason, at })
		.onConflictDoNothing({ target: mailSuppressions.addressHash });
}

/** Which of these keyed hashes are suppressed, and why. */
export async function findSuppressions(
	db: Database,
	addressHashes: readonly string[]
): Promise<Map<string, SuppressionReason>> {
	if (addressHashes.length === 0) return new Map();
	const rows = await db
		.select({ addressHash: mailSuppressions.addressHash, reason: mailSuppressions.reason })
		.from(mailSuppressions)
		.where(inArray(mailSuppressions.addressHash, [...addressHashes]));
	return new Map(rows.map((row) => [row.addressHash, row.reason]));
}

/**
 * Lifts a suppression that the address's owner chose (leaving everything) when they sign up
 * again; bounces and complaints stay.
 */
export async function liftChosenSuppression(db: Database, addressHash: string): Promise<void> {
	await db
		.delete(mailSuppressions)
		.where(and(eq(mailSuppressions.addressHash, addressHash), eq(mailSuppressions.reason, 'left')));
}

/**
 * Records that an address's owner complained about our mail (marked it as spam, or wrote to say
 * so): it is never mailed again, whatever it was suppressed for before, and no longer subscribed.
 * Audited as `person.complained`, naming only the hash's start.
 */
export async function recordComplaint(
	db: Database,
	{
		email,
		addressHash,
		actorId,
		at
	}: { email: string; addressHash: string; actorId: number; at: Date }
): Promise<void> {
	await db.transaction(async (tx) => {
		await tx
			.insert(mailSuppressions)
			.values({ addressHash, reason: 'complained', at })
			.onConflictDoUpdate({
				target: mailSuppressions.addressHash,
				set: { reason: 'complained', at }
			});
		await tx
			.update(subscribers)
			.set({ leftAt: at })
			.where(and(eq(subscribers.email, email), isNull(subscribers.leftAt)));
		await recordAudit(tx, {
			actorId,
			action: 'person.complained',
			subjectType: 'person',
			subjectId: addressHash.slice(0, 16)
		});
	});
}
