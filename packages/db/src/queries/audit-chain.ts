import type { AuditChainHead, AuditChainReport } from '@whatworks/domain';
import { asc, eq, gt, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { auditEvents } from '../schema/index.js';

const batchSize = 5_000;

/**
 * Recomputes every audit entry's hash, oldest first, in the database (the same function its
 * trigger used), and checks the chain has no gap: an entry changed or removed anywhere breaks it.
 * Pass the head recorded earlier as `expected` to also catch the newest entries being removed.
 * Reports progress after each batch, for long logs.
 */
export async function verifyAuditChain(
	db: Database,
	{
		expected,
		onProgress
	}: { expected?: AuditChainHead; onProgress?: (checked: number) => void } = {}
): Promise<AuditChainReport> {
	// The last entry checked (typed wide: the compiler would otherwise narrow it to null).
	let previous = null as AuditChainHead | null;
	let entries = 0;
	for (;;) {
		const before = previous;
		const rows = await db
			.select({
				seq: auditEvents.chainSeq,
				hash: auditEvents.chainHash,
				// The whole row, hashed on the previous entry's hash: the one before in this batch,
				// or the last of the batch before.
				expected: sql<string>`public.audit_entry_hash(coalesce(lag(${auditEvents.chainHash}) over (order by ${auditEvents.chainSeq}), ${before?.hash ?? null}::text), ${auditEvents})`
			})
			.from(auditEvents)
			.where(gt(auditEvents.chainSeq, before?.seq ?? 0))
			.orderBy(asc(auditEvents.chainSeq))
			.limit(batchSize);
		for (const row of rows) {
			const seq = Number(row.seq);
			const at = (reason: string) => ({ entries, head: previous, broken: { seq, reason } });
			const next = (previous?.seq ?? 0) + 1;
			if (seq !== next) {
				return at(
					seq === next + 1
						? `entry ${next} is missing`
						: `entries ${next} to ${seq - 1} are missing`
				);
			}
			if (row.hash !== row.expected) return at('the entry, or one before it, was changed');
			previous = { seq, hash: row.hash };
			entries++;
		}
		onProgress?.(entries);
		if (rows.length < batchSize) break;
	}
	if (expected) {
		const [recorded] = await db
			.select({ hash: auditEvents.chainHash })
			.from(auditEvents)
			.where(eq(auditEvents.chainSeq, expected.seq));
		if (recorded?.hash !== expected.hash) {
			const reason = recorded
				? 'the entry differs from the recorded head'
				: 'the recorded head is gone: the newest entries were removed';
			return { entries, head: previous, broken: { seq: expected.seq, reason } };
		}
	}
	return { entries, head: previous, broken: null };
}
