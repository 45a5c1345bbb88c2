import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';
import type { DomainError, DomainErrorCode } from '@whatworks/domain';
import type { z } from 'zod';

/** The one table from domain error codes to tRPC codes (and so to HTTP statuses). */
export const trpcCodeByDomainCode = {
	NOT_FOUND: 'NOT_FOUND',
	INVALID_INPUT: 'BAD_REQUEST',
	CONFLICT: 'CONFLICT',
	UNAVAILABLE: 'SERVICE_UNAVAILABLE',
	UNAUTHENTICATED: 'UNAUTHORIZED',
	FORBIDDEN: 'FORBIDDEN',
	TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS'
} as const satisfies Record<DomainErrorCode, TRPC_ERROR_CODE_KEY>;

/** The tRPC error a domain error maps to, keeping its sentence for the client. */
export function toTRPCError(error: DomainError): TRPCError {
	return new TRPCError({
		code: trpcCodeByDomainCode[error.code],
		message: error.message,
		cause: error
	});
}

/**
 * The tRPC error for input its schema refused: the first problem's sentence as the message
 * (tRPC's own is the list of problems as JSON), the problems kept as the cause, so clients also
 * get them field by field.
 */
export function toInputError(error: z.ZodError): TRPCError {
	return new TRPCError({
		code: 'BAD_REQUEST',
		message: error.issues[0]?.message ?? 'The input is not valid.',
		cause: error
	});
}

/**
 * Input only the database could tell was unstorable, by its SQLSTATE: text holding a NUL
 * character (in a text column, or escaped in JSON) and values past an index's size. The
 * transaction has rolled back; the caller gets a sentence, not an apology for our fault.
 */
const unstorableInput: Record<string, string> = {
	'22021': 'Text cannot contain the NUL character: remove it and try again.',
	'22P05': 'Text cannot contain the NUL character: remove it and try again.',
	'54000': 'A value is too long to store: shorten it and try again.'
};

/** The refusal for input the database could not store, or null when the failure is ours. */
export function toUnstorableInputError(error: Error): TRPCError | null {
	for (let cause = error.cause; cause instanceof Error; cause = cause.cause) {
		const code = 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
		const message = code === undefined ? undefined : unstorableInput[code];
		if (message) return new TRPCError({ code: 'BAD_REQUEST', message, cause });
	}
	return null;
}
