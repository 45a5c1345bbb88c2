import { findAccountById, useSession } from '@whatworks/db';
import {
	accountPolicy,
	DomainError,
	hasPermission,
	type Permission,
	type StaffRole
} from '@whatworks/domain';
import type { Context } from '../context.js';
import { hashToken } from './tokens.js';

/** The signed-in member of staff behind a request. */
export interface Staff {
	id: number;
	email: string;
	roles: StaffRole[];
	sessionId: number;
}

/**
 * The member of staff whose live session the caller's bearer token names, marking the session as
 * used; null for no token, or an ended, idle, expired or disabled one.
 */
export async function authenticate(ctx: Context): Promise<Staff | null> {
	const { token } = ctx.caller;
	if (!token) return null;
	const now = ctx.now();
	const session = await useSession(ctx.db, {
		tokenHash: hashToken(token),
		now,
		idleSince: new Date(now.getTime() - accountPolicy.sessionIdleMinutes * 60_000)
	});
	if (!session) return null;
	const user = await findAccountById(ctx.db, { id: session.userId });
	if (!user || user.disabled) return null;
	return { id: user.id, email: user.email, roles: user.roles, sessionId: session.id };
}

/** The signed-in staff member holding `permission`; otherwise a domain error saying which is missing. */
export async function requireStaff(ctx: Context, permission: Permission): Promise<Staff> {
	const staff = await authenticate(ctx);
	if (!staff) {
		throw new DomainError('UNAUTHENTICATED', 'Sign in to do this; your session may have ended.');
	}
	if (!hasPermission(staff.roles, permission)) {
		throw new DomainError('FORBIDDEN', 'Your roles do not allow this.');
	}
	return staff;
}
