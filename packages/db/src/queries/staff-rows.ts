import type { AuditEvent, SessionSummary, StaffRole, StaffUser } from '@whatworks/domain';
import type { auditEvents, sessions, users } from '../schema/index.js';

// Row mappers of staff accounts, sessions and the audit log: database rows in, domain types out,
// no queries. Times leave as ISO strings, as the domain's schemas carry them.

/** An account's row with its roles as the member of staff the API shows: never the password hash. */
export function toStaffUser(
	user: Pick<typeof users.$inferSelect, 'id' | 'email' | 'name' | 'passwordHash' | 'disabledAt'>,
	roles: readonly StaffRole[]
): StaffUser {
	return {
		id: user.id,
		email: user.email,
		name: user.name,
		roles: [...roles].sort(),
		active: user.passwordHash !== null,
		disabled: user.disabledAt !== null
	};
}

/** A session's row, with the email of whose it is, as the admins' sessions page lists it. */
export function toSessionSummary(
	row: Pick<
		typeof sessions.$inferSelect,
		'id' | 'userId' | 'createdAt' | 'lastSeenAt' | 'expiresAt' | 'ipAddress' | 'userAgent'
	> & { email: string }
): SessionSummary {
	return {
		id: row.id,
		userId: row.userId,
		email: row.email,
		createdAt: row.createdAt.toISOString(),
		lastSeenAt: row.lastSeenAt.toISOString(),
		expiresAt: row.expiresAt.toISOString(),
		ipAddress: row.ipAddress,
		userAgent: row.userAgent
	};
}

/** An audit row with its actor's email (null for the system) as an entry of the log. */
export function toAuditEvent(
	event: typeof auditEvents.$inferSelect,
	actorEmail: string | null
): AuditEvent {
	return {
		id: event.id,
		at: event.at.toISOString(),
		actorId: event.actorId,
		actorEmail,
		action: event.action,
		subjectType: event.subjectType,
		subjectId: event.subjectId,
		revisionIds: event.revisionIds,
		detail: event.detail
	};
}
