import { z } from 'zod';
import { formatCount } from './rounding.js';

/** An issue zod asks a message for. */
type Issue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];

/** A bound as people read it: 10,000, not 10000. */
const bound = (value: unknown) =>
	typeof value === 'number' && Number.isInteger(value) ? formatCount(value) : String(value);

/**
 * A refusal said in plain English where a schema gives no message of its own: "Use 300
 * characters or fewer", not zod's "Too big: expected string to have <=300 characters". Other
 * issues keep zod's words (undefined).
 * @example plainErrorMessage({ code: 'too_big', origin: 'string', maximum: 300, inclusive: true, input: '…' }) // 'Use 300 characters or fewer'
 */
export function plainErrorMessage(issue: Issue): string | undefined {
	const numeric = issue.origin === 'number' || issue.origin === 'int';
	if (issue.code === 'too_small' || issue.code === 'too_big') {
		const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
		// An exclusive bound, on whole counts, is the next count in.
		const count =
			Number(limit) + (issue.inclusive === false ? (issue.code === 'too_small' ? 1 : -1) : 0);
		const characters = count === 1 ? 'character' : 'characters';
		if (issue.origin === 'string') {
			if (issue.exact) return `Use exactly ${bound(count)} ${characters}`;
			if (issue.code === 'too_big') return `Use ${bound(count)} ${characters} or fewer`;
			return count <= 1 ? 'This cannot be empty' : `Use at least ${bound(count)} characters`;
		}
		if (numeric) {
			const side = issue.code === 'too_small' ? 'more' : 'less';
			return issue.inclusive === false
				? `Enter a number ${side} than ${bound(limit)}`
				: `Enter a number of ${bound(limit)} or ${side}`;
		}
		if (issue.origin === 'array') {
			if (issue.exact) return `Choose exactly ${bound(count)}`;
			if (issue.code === 'too_big') return `Choose ${bound(count)} or fewer`;
			return count <= 1 ? 'Choose at least one' : `Choose at least ${bound(count)}`;
		}
	}
	if (issue.code === 'invalid_type' && issue.expected === 'int') {
		return 'Enter a whole number, like 12';
	}
	if (issue.code === 'invalid_type' && issue.expected === 'number') {
		return 'Enter a number, like 12';
	}
	return undefined;
}

/**
 * Makes zod say refusals in plain English ({@link plainErrorMessage}) in this process. zod keeps
 * the setting for the whole process, every schema in it alike, so it is for our servers to turn
 * on where they set themselves up (the API's tRPC, each SvelteKit app's hooks); importing the
 * domain does not.
 */
export function usePlainErrorMessages(): void {
	z.config({ customError: plainErrorMessage });
}
