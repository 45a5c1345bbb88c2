import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { signInAttempts } from '../schema/index.js';

/** Recent failures, for a lockout decision: when they happened, oldest first. */
export interface RecentFailures {
	forEmail: Date[];
	fromAddress: Date[];
}

/**
 * Starts a sign-in attempt: unless `isLockedOut` says the failures since `since` lock it out
 * (then nothing is recorded and this gives null), records the attempt as failed before its
 * password is checked, and gives its id for `markSignInSucceeded`. Attempts for one email, and
 * from one address, take their turn across every server process (advisory locks held until the
 * short transaction ends), so guesses sent at once cannot all pass the count before the first is
 * recorded.
 */
export async function beginSignInAttempt(
	db: Database,
	attempt: { email: string; ipAddress: string; at: Date; since: Date },
	isLockedOut: (failures: RecentFailures) => boolean
): Promise<number | null> {
	const { email, ipAddress, at, since } = attempt;
	return db.transaction(async (tx) => {
		// Always the email's lock before the address's, so two attempts can never deadlock.
		await tx.execute(
			sql`select pg_advisory_xact_lock(hashtext('whatworks:sign-in:email'), hashtext(${email}))`
		);
		await tx.execute(
			sql`select pg_advisory_xact_lock(hashtext('whatworks:sign-in:address'), hashtext(${ipAddress}))`
		);
		if (isLockedOut(await findRecentFailures(tx, { email, ipAddress, since }))) return null;
		const [{ id }] = (await tx
			.insert(signInAttempts)
			.values({ email, ipAddress, succeeded: false, at })
			.returning({ id: signInAttempts.id })) as [{ id: number }];
		return id;
	});
}

/** Marks a started attempt as succeeded: its password was right. */
export async function markSignInSucceeded(db: Database, attemptId: number): Promise<void> {
	await db.update(signInAttempts).set({ succeeded: true }).where(eq(signInAttempts.id, attemptId));
}

/** When recent sign-ins failed, oldest first, for this email and from this address. */
async function findRecentFailures(
	db: Database,
	{ email, ipAddress, since }: { email: string; ipAddress: string; since: Date }
): Promise<RecentFailures> {
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
