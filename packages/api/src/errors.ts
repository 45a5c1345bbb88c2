import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';
import type { DomainError, DomainErrorCode } from '@whatworks/domain';

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
