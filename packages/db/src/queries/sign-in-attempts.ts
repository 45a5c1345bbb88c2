import { and, count, eq, gt, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { signInAttempts } from '../schema/index.js';

/** Records one sign-in attempt. */
export async function recordSignInAttempt(
	db: Database,
	attempt: { email: string; ipAddress: string; succeeded: boolean; at: Date }
): Promise<void> {
	await db.insert(signInAttempts).values(attempt);
}

/** Failed attempts since a moment, for this email and from this address. */
export async function countRecentFailures(
	db: Database,
	{ email, ipAddress, since }: { email: string; ipAddress: string; since: Date }
): Promise<{ forEmail: number; fromAddress: number }> {
	const failures = async (matching: SQL) => {
		const [row] = await db
			.select({ n: count() })
			.from(signInAttempts)
			.where(and(matching, eq(signInAttempts.succeeded, false), gt(signInAttempts.at, since)));
		return row?.n ?? 0;
	};
	return {
		forEmail: await failures(eq(signInAttempts.email, email)),
		fromAddress: await failures(eq(signInAttempts.ipAddress, ipAddress))
	};
}
