import type { SuppressionReason } from '@whatworks/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../client.js';
import { mailSuppressions } from '../schema/index.js';

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
