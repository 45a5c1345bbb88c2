import { auditActionsMatching } from '@whatworks/domain';
import { and, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { auditEvents, users } from '../schema/index.js';

/** One entry to append to the audit log. */
export type AuditEntry = Omit<typeof auditEvents.$inferInsert, 'id' | 'at'>;

/** Appends to the audit log; pass the transaction of the change it records. */
export async function recordAudit(db: Database, entry: AuditEntry): Promise<void> {
	await db.insert(auditEvents).values(entry);
}

/**
 * The audit log, newest first, optionally for one actor, one action (under its current or older
 * name) or a period.
 */
export async function listAuditEvents(
	db: Database,
	filters: { actorId?: number; action?: string; from?: Date; to?: Date; limit?: number } = {}
) {
	const conditions: (SQL | undefined)[] = [
		filters.actorId === undefined ? undefined : eq(auditEvents.actorId, filters.actorId),
		filters.action ? inArray(auditEvents.action, auditActionsMatching(filters.action)) : undefined,
		filters.from ? gte(auditEvents.at, filters.from) : undefined,
		filters.to ? lt(auditEvents.at, filters.to) : undefined
	];
	return db
		.select({ event: auditEvents, actorEmail: users.email })
		.from(auditEvents)
		.leftJoin(users, eq(users.id, auditEvents.actorId))
		.where(and(...conditions))
		.orderBy(desc(auditEvents.at), desc(auditEvents.id))
		.limit(filters.limit ?? 200);
}
