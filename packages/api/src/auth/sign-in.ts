import {
	beginSignInAttempt,
	findAccountByEmail,
	markSignInSucceeded,
	startSession,
	type RecentFailures
} from '@whatworks/db';
import {
	accountPolicy,
	DomainError,
	lockedUntil,
	type SignedIn,
	type SignInInput
} from '@whatworks/domain';
import type { Context } from '../context.js';
import { verifyPassword } from './passwords.js';
import { hashToken, newSessionToken } from './tokens.js';

/** Said for every refused password, so nobody learns whether an email has an account. */
const refused = 'The email address or password is not right.';

/**
 * Signs a member of staff in: refuses while the account or address has too many recent failures,
 * checks the password, records the attempt either way and starts a new session. The attempt is
 * counted as a failure before its password is checked, and attempts for one email or from one
 * address take their turn in the database, so guesses sent at once to any of the servers'
 * processes are all counted.
 */
export async function signIn(ctx: Context, { email, password }: SignInInput): Promise<SignedIn> {
	const now = ctx.now();
	const { ipAddress, userAgent } = ctx.caller;
	const windowMs = accountPolicy.throttleWindowMinutes * 60_000;
	// A lockout that started up to one window ago may still be on: look back two windows.
	const since = new Date(now.getTime() - 2 * windowMs);
	const lockedOut = ({ forEmail, fromAddress }: RecentFailures) =>
		(lockedUntil(forEmail, { limit: accountPolicy.failuresPerAccount, windowMs, now }) ??
			lockedUntil(fromAddress, { limit: accountPolicy.failuresPerAddress, windowMs, now })) !==
		null;
	const attemptId = await beginSignInAttempt(
		ctx.db,
		{ email, ipAddress, at: now, since },
		lockedOut
	);
	if (attemptId === null) {
		throw new DomainError(
			'TOO_MANY_REQUESTS',
			`Too many failed attempts. Wait ${accountPolicy.throttleWindowMinutes} minutes, then try again.`
		);
	}

	const account = await findAccountByEmail(ctx.db, { email });
	const matches = await verifyPassword(account?.passwordHash ?? null, password);
	const succeeded = matches && account !== null && !account.user.disabled;
	if (!succeeded || !account) throw new DomainError('UNAUTHENTICATED', refused);
	await markSignInSucceeded(ctx.db, attemptId);
	const { user } = account;

	const token = newSessionToken();
	const expiresAt = new Date(now.getTime() + accountPolicy.sessionAbsoluteHours * 3_600_000);
	await startSession(ctx.db, {
		userId: user.id,
		tokenHash: hashToken(token),
		now,
		expiresAt,
		ipAddress,
		userAgent
	});
	return { token, expiresAt: expiresAt.toISOString(), user };
}
