import { and, asc, eq, gt, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { signInAttempts } from '../schema/index.js';

/** Records one sign-in attempt. */
export async function recordSignInAttempt(
	db: Database,
	attempt: { email: string; ipAddress: string; succeeded: boolean; at: Date }
): Promise<void> {
	await db.insert(signInAttempts).values(attempt);
}

/** When recent sign-ins failed, oldest first, for this email and from this address. */
export async function findRecentFailures(
	db: Database,
	{ email, ipAddress, since }: { email: string; ipAddress: string; since: Date }
): Promise<{ forEmail: Date[]; fromAddress: Date[] }> {
	const failures = async (matching: SQL) =>
		(
			await db
				.select({ at: signInAttempts.at })
				.from(signInAttempts)
				.where(and(matching, eq(signInAttempts.succeeded, false), gt(signInAttempts.at, since)))
				.orderBy(asc(signInAttempts.at))
		).map((row) => row.at);
	return {
		forEmail: await failures(eq(signInAttempts.email, email)),
		fromAddress: await failures(eq(signInAttempts.ipAddress, ipAddress))
	};
}
