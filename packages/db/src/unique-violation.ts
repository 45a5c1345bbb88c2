/** Postgres's SQLSTATE for a unique constraint violation. */
const uniqueViolation = '23505';

/**
 * Whether an error is, or was caused by, a unique constraint violation: what two requests racing
 * to create the same thing meet. Drivers and Drizzle wrap it differently, so the causes are walked.
 */
export function isUniqueViolation(error: unknown): boolean {
	for (let cause = error, depth = 0; cause && depth < 5; depth++) {
		if (typeof cause === 'object' && 'code' in cause && cause.code === uniqueViolation) return true;
		cause = typeof cause === 'object' && 'cause' in cause ? cause.cause : undefined;
	}
	return false;
}
