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
 * A failure with a code from {@link domainErrorCodes} and a sentence a reader can act on; `field`
 * names the input it is about by its path (`note.changeNote`), so a form can show it there.
 * @example throw new DomainError('NOT_FOUND', 'No intervention is called "foo".')
 * @example throw new DomainError('INVALID_INPUT', 'Write a change note', { field: 'note.changeNote' })
 */
export class DomainError extends Error {
	override readonly name = 'DomainError';
	readonly field: string | undefined;

	constructor(
		readonly code: DomainErrorCode,
		message: string,
		options?: ErrorOptions & { field?: string }
	) {
		super(message, options);
		this.field = options?.field;
	}
}
