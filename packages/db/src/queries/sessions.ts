import type { SessionSummary } from '@whatworks/domain';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '../client.js';
import { sessions, users } from '../schema/index.js';
import { toSessionSummary } from './staff-rows.js';

/** Starts a session at `now` whose token hashes to `tokenHash`, ending at `expiresAt` at the latest. */
export async function createSession(
	db: Database,
	{
		now,
		...session
	}: {
		userId: number;
		tokenHash: string;
		now: Date;
		expiresAt: Date;
		ipAddress: string | null;
		userAgent: string | null;
	}
): Promise<{ id: number }> {
	const [row] = await db
		.insert(sessions)
		.values({ ...session, createdAt: now, lastSeenAt: now })
		.returning({ id: sessions.id });
	if (!row) throw new Error('The session could not be stored');
	return row;
}

/**
 * The live session with this token hash — not ended, not past its absolute end, used within the
 * idle limit, and of an account that is not disabled — marked as used now; otherwise null.
 */
export async function useSession(
	db: Database,
	{ tokenHash, now, idleSince }: { tokenHash: string; now: Date; idleSince: Date }
): Promise<{ id: number; userId: number } | null> {
	const [row] = await db
		.update(sessions)
		.set({ lastSeenAt: now })
		.from(users)
		.where(
			and(
				eq(sessions.tokenHash, tokenHash),
				eq(users.id, sessions.userId),
				isNull(users.disabledAt),
				isNull(sessions.endedAt),
				gt(sessions.expiresAt, now),
				gt(sessions.lastSeenAt, idleSince)
			)
		)
		.returning({ id: sessions.id, userId: sessions.userId });
	return row ?? null;
}

/** Ends one session; returns whether there was a live one to end. */
export async function endSession(
	db: Database,
	{ id, now }: { id: number; now: Date }
): Promise<boolean> {
	const ended = await db
		.update(sessions)
		.set({ endedAt: now })
		.where(and(eq(sessions.id, id), isNull(sessions.endedAt)))
		.returning({ id: sessions.id });
	return ended.length > 0;
}

/** Ends every session of an account, e.g. when it is disabled. */
export async function endSessionsOf(
	db: Database,
	{ userId, now }: { userId: number; now: Date }
): Promise<number> {
	const ended = await db
		.update(sessions)
		.set({ endedAt: now })
		.where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)))
		.returning({ id: sessions.id });
	return ended.length;
}

/** Sessions not yet ended or expired, newest first, with whose they are. */
export async function listLiveSessions(
	db: Database,
	{ now }: { now: Date }
): Promise<SessionSummary[]> {
	const rows = await db
		.select({
			id: sessions.id,
			userId: sessions.userId,
			email: users.email,
			createdAt: sessions.createdAt,
			lastSeenAt: sessions.lastSeenAt,
			expiresAt: sessions.expiresAt,
			ipAddress: sessions.ipAddress,
			userAgent: sessions.userAgent
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(and(isNull(sessions.endedAt), gt(sessions.expiresAt, now)))
		.orderBy(desc(sessions.createdAt));
	return rows.map(toSessionSummary);
}
