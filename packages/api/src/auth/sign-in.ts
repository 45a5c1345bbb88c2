import {
	findAccountByEmail,
	findRecentFailures,
	recordSignInAttempt,
	startSession
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

// Attempts for one email run one after another in this process: a batch of twenty guesses sent
// at once must not all pass the failure count before the first failure is recorded.
const queues = new Map<string, Promise<unknown>>();

/**
 * Signs a member of staff in: refuses while the account or address has too many recent failures,
 * checks the password, records the attempt either way and starts a new session.
 */
export function signIn(ctx: Context, input: SignInInput): Promise<SignedIn> {
	const previous = queues.get(input.email) ?? Promise.resolve();
	const attempt = previous.catch(() => {}).then(() => attemptSignIn(ctx, input));
	queues.set(input.email, attempt);
	return attempt.finally(() => {
		if (queues.get(input.email) === attempt) queues.delete(input.email);
	});
}

async function attemptSignIn(ctx: Context, { email, password }: SignInInput): Promise<SignedIn> {
	const now = ctx.now();
	const { ipAddress, userAgent } = ctx.caller;
	const windowMs = accountPolicy.throttleWindowMinutes * 60_000;
	// A lockout that started up to one window ago may still be on: look back two windows.
	const since = new Date(now.getTime() - 2 * windowMs);
	const failures = await findRecentFailures(ctx.db, { email, ipAddress, since });
	const locked =
		lockedUntil(failures.forEmail, { limit: accountPolicy.failuresPerAccount, windowMs, now }) ??
		lockedUntil(failures.fromAddress, { limit: accountPolicy.failuresPerAddress, windowMs, now });
	if (locked) {
		throw new DomainError(
			'TOO_MANY_REQUESTS',
			`Too many failed attempts. Wait ${accountPolicy.throttleWindowMinutes} minutes, then try again.`
		);
	}

	const account = await findAccountByEmail(ctx.db, { email });
	const matches = await verifyPassword(account?.passwordHash ?? null, password);
	const succeeded = matches && account !== null && !account.user.disabled;
	await recordSignInAttempt(ctx.db, { email, ipAddress, succeeded, at: now });
	if (!succeeded || !account) throw new DomainError('UNAUTHENTICATED', refused);
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
