import { z } from 'zod';

/** What zod's default messages are asked to say, for the issues a person can mend in a form. */
type Issue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];

/**
 * A refusal said in plain English where a schema gives no message of its own: "Use 300
 * characters or fewer", not zod's "Too big: expected string to have <=300 characters". Other
 * issues keep zod's words (undefined).
 * @example plainErrorMessage({ code: 'too_big', origin: 'string', maximum: 300, inclusive: true, input: '…' }) // 'Use 300 characters or fewer'
 */
export function plainErrorMessage(issue: Issue): string | undefined {
	if (issue.code === 'too_small') {
		const least = Number(issue.minimum) + (issue.inclusive === false ? 1 : 0);
		if (issue.origin === 'string') {
			return least <= 1 ? 'This cannot be empty' : `Use at least ${least} characters`;
		}
		if (issue.origin === 'number') {
			return issue.inclusive === false
				? `Enter a number more than ${issue.minimum}`
				: `Enter a number of ${issue.minimum} or more`;
		}
		if (issue.origin === 'array')
			return least <= 1 ? 'Choose at least one' : `Choose at least ${least}`;
	}
	if (issue.code === 'too_big') {
		const most = Number(issue.maximum) - (issue.inclusive === false ? 1 : 0);
		if (issue.origin === 'string') return `Use ${most} characters or fewer`;
		if (issue.origin === 'number') {
			return issue.inclusive === false
				? `Enter a number less than ${issue.maximum}`
				: `Enter a number of ${issue.maximum} or less`;
		}
		if (issue.origin === 'array') return `Choose ${most} or fewer`;
	}
	if (issue.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int')) {
		return 'Enter a number, like 12';
	}
	return undefined;
}

/**
 * Makes zod say refusals in plain English ({@link plainErrorMessage}) in this process: called
 * where each of our servers sets itself up (the API's tRPC, each SvelteKit app's hooks) rather
 * than when the domain is imported, so that importing it changes nobody else's zod.
 */
export function usePlainErrorMessages(): void {
	z.config({ customError: plainErrorMessage });
}
