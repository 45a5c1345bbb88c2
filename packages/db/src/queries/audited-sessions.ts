import type { Database } from '../client.js';
import { recordAudit } from './audit.js';
import { createSession, endSession } from './sessions.js';

// Workflows that start or end a session: each commits together with its audit entry.

/** Starts a session for someone who has just signed in, recording that it started. */
export async function startSession(
	db: Database,
	session: Parameters<typeof createSession>[1]
): Promise<{ id: number }> {
	return db.transaction(async (tx) => {
		const started = await createSession(tx, session);
		await recordAudit(tx, {
			actorId: session.userId,
			action: 'session.started',
			subjectType: 'session',
			subjectId: String(started.id)
		});
		return started;
	});
}

/**
 * Ends the caller's own session, recording that it ended — even when it had already ended, since
 * the sign-out was asked for all the same. Returns whether there was a live session to end.
 */
export async function signOut(
	db: Database,
	{ sessionId, userId, now }: { sessionId: number; userId: number; now: Date }
): Promise<boolean> {
	return db.transaction(async (tx) => {
		await recordAudit(tx, {
			actorId: userId,
			action: 'session.ended',
			subjectType: 'session',
			subjectId: String(sessionId)
		});
		return endSession(tx, { id: sessionId, now });
	});
}

/**
 * An admin ends someone's session; the audit log names the admin only when a live session was
 * ended, so a revoke of an ended or unknown session leaves no entry. Returns whether one was.
 */
export async function revokeSession(
	db: Database,
	{ sessionId, actorId, now }: { sessionId: number; actorId: number; now: Date }
): Promise<boolean> {
	return db.transaction(async (tx) => {
		const live = await endSession(tx, { id: sessionId, now });
		if (live) {
			await recordAudit(tx, {
				actorId,
				action: 'session.revoked',
				subjectType: 'session',
				subjectId: String(sessionId)
			});
		}
		return live;
	});
}
