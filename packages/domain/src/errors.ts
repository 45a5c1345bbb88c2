/**
 * The closed set of failures the domain can report. The API maps each to a transport code in one table.
 * @example domainErrorCodes.includes('NOT_FOUND') // true
 */
export const domainErrorCodes = [
	'NOT_FOUND',
	'INVALID_INPUT',
	'CONFLICT',
	'UNAVAILABLE',
	'UNAUTHENTICATED',
	'FORBIDDEN',
	'TOO_MANY_REQUESTS'
] as const;

/** One domain error code. */
export type DomainErrorCode = (typeof domainErrorCodes)[number];

/**
 * A failure with a code from {@link domainErrorCodes} and a sentence a reader can act on.
 * @example throw new DomainError('NOT_FOUND', 'No intervention is called "foo".')
 */
export class DomainError extends Error {
	override readonly name = 'DomainError';

	constructor(
		readonly code: DomainErrorCode,
		message: string,
		options?: ErrorOptions
	) {
		super(message, options);
	}
}
