import { auditActionsMatching, type AuditEvent, type AuditListInput } from '@whatworks/domain';
import { and, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { auditEvents, users } from '../schema/index.js';
import { toAuditEvent } from './staff-rows.js';

/** One entry to append to the audit log: the entry as the log shows it, less what it adds itself. */
export type AuditEntry = Pick<AuditEvent, 'actorId' | 'action' | 'subjectType'> &
	Partial<Pick<AuditEvent, 'subjectId' | 'revisionIds' | 'detail'>>;

/** How many entries the log shows at most, newest first. */
const auditPageSize = 200;

/** Appends to the audit log; pass the transaction of the change it records. */
export async function recordAudit(db: Database, entry: AuditEntry): Promise<void> {
	await db.insert(auditEvents).values(entry);
}

/** The start of the day after an ISO date, in UTC: the exclusive end of a period ending that day. */
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);

/**
 * The audit log, newest first, optionally for one actor, one action (under its current or older
 * name) or a period of whole days in UTC.
 */
export async function listAuditEvents(
	db: Database,
	filters: AuditListInput = {}
): Promise<AuditEvent[]> {
	const conditions: (SQL | undefined)[] = [
		filters.actorId === undefined ? undefined : eq(auditEvents.actorId, filters.actorId),
		filters.action ? inArray(auditEvents.action, auditActionsMatching(filters.action)) : undefined,
		filters.from ? gte(auditEvents.at, new Date(`${filters.from}T00:00:00Z`)) : undefined,
		filters.to ? lt(auditEvents.at, dayAfter(filters.to)) : undefined
	];
	const rows = await db
		.select({ event: auditEvents, actorEmail: users.email })
		.from(auditEvents)
		.leftJoin(users, eq(users.id, auditEvents.actorId))
		.where(and(...conditions))
		.orderBy(desc(auditEvents.at), desc(auditEvents.id))
		.limit(auditPageSize);
	return rows.map(({ event, actorEmail }) => toAuditEvent(event, actorEmail));
}
