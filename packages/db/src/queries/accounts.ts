import { DomainError, type StaffRole, type StaffUser } from '@whatworks/domain';
import { and, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { invites, userRoles, users } from '../schema/index.js';
import { recordAudit } from './audit.js';
import { recordOnce } from './app-events.js';
import { endSessionsOf } from './sessions.js';
import { toStaffUser } from './staff-rows.js';

/** A member of staff with what signing in checks: their password hash, null until they set one. */
export interface StaffAccount {
	user: StaffUser;
	passwordHash: string | null;
}

/** The account with this (lower-cased) email, with its password hash, or null. */
export async function findAccountByEmail(
	db: Database,
	{ email }: { email: string }
): Promise<StaffAccount | null> {
	const [user] = await db.select().from(users).where(eq(users.email, email));
	return user ? { user: await withRoles(db, user), passwordHash: user.passwordHash } : null;
}

/** The member of staff with this id, or null. */
export async function findAccountById(
	db: Database,
	{ id }: { id: number }
): Promise<StaffUser | null> {
	const [user] = await db.select().from(users).where(eq(users.id, id));
	return user ? withRoles(db, user) : null;
}

async function withRoles(db: Database, user: typeof users.$inferSelect): Promise<StaffUser> {
	const roles = await db
		.select({ role: userRoles.role })
		.from(userRoles)
		.where(eq(userRoles.userId, user.id));
	return toStaffUser(
		user,
		roles.map((row) => row.role)
	);
}

/**
 * Creates an account without a password and its invite, or renews the invite of an account that
 * has not accepted one yet. Refuses (a CONFLICT) when the email already has a working account.
 */
export async function createInvite(
	db: Database,
	invite: {
		email: string;
		name: string;
		roles: StaffRole[];
		tokenHash: string;
		expiresAt: Date;
		invitedBy: number | null;
	}
): Promise<{ userId: number }> {
	return db.transaction(async (tx) => {
		const [existing] = await tx.select().from(users).where(eq(users.email, invite.email));
		if (existing?.passwordHash) {
			throw new DomainError('CONFLICT', `${invite.email} already has an account.`);
		}
		const [user] = existing
			? await tx
					.update(users)
					.set({ name: invite.name })
					.where(eq(users.id, existing.id))
					.returning()
			: await tx.insert(users).values({ email: invite.email, name: invite.name }).returning();
		if (!user) throw new Error('The account could not be created');
		await tx.delete(userRoles).where(eq(userRoles.userId, user.id));
		await tx.insert(userRoles).values(invite.roles.map((role) => ({ userId: user.id, role })));
		// A new invite replaces any earlier, unused one.
		await tx
			.update(invites)
			.set({ usedAt: sql`now()` })
			.where(and(eq(invites.userId, user.id), isNull(invites.usedAt)));
		await tx.insert(invites).values({
			userId: user.id,
			tokenHash: invite.tokenHash,
			invitedBy: invite.invitedBy,
			expiresAt: invite.expiresAt
		});
		await recordAudit(tx, {
			actorId: invite.invitedBy,
			action: 'user.invited',
			subjectType: 'user',
			subjectId: String(user.id),
			detail: { email: invite.email, roles: invite.roles }
		});
		return { userId: user.id };
	});
}

/**
 * Uses an invite once: sets the password of its account if the invite is unused and unexpired,
 * and gives the account. The check and the use are one UPDATE, so two tabs cannot both use the
 * same link. A used, unknown or expired invite is refused with a sentence saying which.
 */
export async function acceptInvite(
	db: Database,
	{ tokenHash, passwordHash, now }: { tokenHash: string; passwordHash: string; now: Date }
): Promise<StaffUser> {
	return db.transaction(async (tx) => {
		const [used] = await tx
			.update(invites)
			.set({ usedAt: now })
			.where(
				and(eq(invites.tokenHash, tokenHash), isNull(invites.usedAt), gt(invites.expiresAt, now))
			)
			.returning({ userId: invites.userId });
		if (!used) {
			const [invite] = await tx.select().from(invites).where(eq(invites.tokenHash, tokenHash));
			throw new DomainError(
				'INVALID_INPUT',
				invite && invite.usedAt === null
					? 'This invite link has expired. Ask an admin for a new one.'
					: 'This invite link is not valid, or it has already been used.'
			);
		}
		const [user] = await tx
			.update(users)
			.set({ passwordHash })
			.where(eq(users.id, used.userId))
			.returning();
		if (!user) throw new Error('The invited account no longer exists');
		await recordAudit(tx, {
			actorId: used.userId,
			action: 'user.invite-accepted',
			subjectType: 'user',
			subjectId: String(used.userId)
		});
		return withRoles(tx, user);
	});
}

/** Every member of staff, by name. */
export async function listAccounts(db: Database): Promise<StaffUser[]> {
	const [rows, roleRows] = await Promise.all([
		db.select().from(users).orderBy(users.name, users.id),
		db.select().from(userRoles)
	]);
	const rolesOf = new Map<number, StaffRole[]>();
	for (const { userId, role } of roleRows)
		rolesOf.set(userId, [...(rolesOf.get(userId) ?? []), role]);
	return rows.map((user) => toStaffUser(user, rolesOf.get(user.id) ?? []));
}

/**
 * Disables an account and ends its sessions, in one transaction with the audit entry; returns
 * false when there is no such account or it was already disabled. Nobody disables their own
 * account (a CONFLICT), so an admin cannot lock themselves out.
 */
export async function disableAccount(
	db: Database,
	{ userId, actorId, now }: { userId: number; actorId: number; now: Date }
): Promise<boolean> {
	if (userId === actorId) {
		throw new DomainError('CONFLICT', 'You cannot disable your own account.');
	}
	return db.transaction(async (tx) => {
		const disabled = await tx
			.update(users)
			.set({ disabledAt: now })
			.where(and(eq(users.id, userId), isNull(users.disabledAt)))
			.returning({ id: users.id });
		if (disabled.length === 0) return false;
		const ended = await endSessionsOf(tx, { userId, now });
		await recordAudit(tx, {
			actorId,
			action: 'user.disabled',
			subjectType: 'user',
			subjectId: String(userId),
			detail: { sessionsEnded: ended }
		});
		return true;
	});
}

/** An account that can sign in at once, as the demo seed makes them. */
export interface ActiveAccount {
	email: string;
	name: string;
	roles: StaffRole[];
	passwordHash: string;
}

/**
 * Creates the accounts `make` gives, in one transaction, once per database (`key` names the
 * occasion): for the demo seed, never for real staff. `make` runs only when they are created, so
 * slow password hashing costs nothing on later starts. Returns what `make` gave (which may carry
 * more than the account, such as the password it was hashed from), or null when already done.
 */
export async function createActiveAccountsOnce<Made extends ActiveAccount>(
	db: Database,
	{ key, make }: { key: string; make: () => Promise<Made[]> }
): Promise<Made[] | null> {
	return db.transaction(async (tx) => {
		if (!(await recordOnce(tx, { key }))) return null;
		const made = await make();
		for (const account of made) await createActiveAccount(tx, account);
		return made;
	});
}

/** One account that can sign in at once, with its audit entry; inside the caller's transaction. */
export async function createActiveAccount(
	db: Database,
	account: ActiveAccount
): Promise<{ userId: number }> {
	const [user] = await db
		.insert(users)
		.values({ email: account.email, name: account.name, passwordHash: account.passwordHash })
		.returning({ id: users.id });
	if (!user) throw new Error('The account could not be created');
	await db.insert(userRoles).values(account.roles.map((role) => ({ userId: user.id, role })));
	await recordAudit(db, {
		actorId: null,
		action: 'user.created',
		subjectType: 'user',
		subjectId: String(user.id),
		detail: { email: account.email, roles: account.roles }
	});
	return { userId: user.id };
}

/** Whether someone who can sign in (password set, not disabled) holds the role. */
export async function someoneActiveHolds(
	db: Database,
	{ role }: { role: StaffRole }
): Promise<boolean> {
	const [row] = await db
		.select({ id: users.id })
		.from(userRoles)
		.innerJoin(users, eq(users.id, userRoles.userId))
		.where(and(eq(userRoles.role, role), isNotNull(users.passwordHash), isNull(users.disabledAt)))
		.limit(1);
	return row !== undefined;
}
