import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import type { Context } from './context.js';
import { DomainError, usePlainErrorMessages, type Permission } from '@whatworks/domain';
import { requireStaff } from './auth/authenticate.js';
import { toInputError, toTRPCError, toUnstorableInputError } from './errors.js';

/** What a procedure declares about itself: staff procedures name the permission they need. */
export interface ProcedureMeta {
	permission?: Permission;
}

// Refusals of input say what to do in plain English, in every process that serves the API.
usePlainErrorMessages();

const t = initTRPC
	.context<Context>()
	.meta<ProcedureMeta>()
	.create({
		// Clients see a sentence: field-by-field problems for bad input, their own message for domain
		// errors, and for anything unexpected a plain apology — never SQL, parameters or a stack.
		errorFormatter({ shape, error }) {
			const { stack: _stack, ...data } = shape.data;
			const unexpected = error.code === 'INTERNAL_SERVER_ERROR';
			return {
				...shape,
				message: unexpected ? internalErrorMessage : shape.message,
				data: {
					...data,
					zodError:
						error.code === 'BAD_REQUEST' && error.cause instanceof z.ZodError
							? z.flattenError(error.cause)
							: null,
					// The input a refusal is about, by its path, for a form to show it on that field.
					field:
						error.cause instanceof DomainError
							? (error.cause.field ?? null)
							: error.cause instanceof z.ZodError
								? (error.cause.issues[0]?.path.join('.') ?? null)
								: null
				}
			};
		}
	});

/** What callers are told when something unexpected fails; the details go to the server log. */
export const internalErrorMessage = 'Something went wrong on our side. Please try again later.';

/** Builds routers from plain objects of procedures. */
export const router = t.router;

/** Builds a server-side caller for a router, for tests and server-to-server calls. */
export const createCallerFactory = t.createCallerFactory;

/**
 * Refusals reach callers as tRPC errors whose message is a sentence: a domain error's own, the
 * first problem its schema found with the input, or what the database could not store.
 */
const refusals = t.middleware(async ({ next }) => {
	const result = await next();
	if (result.ok) return result;
	const { code, cause } = result.error;
	if (cause instanceof DomainError) throw toTRPCError(cause);
	if (code === 'BAD_REQUEST' && cause instanceof z.ZodError) throw toInputError(cause);
	const unstorable = code === 'INTERNAL_SERVER_ERROR' && toUnstorableInputError(result.error);
	if (unstorable) throw unstorable;
	return result;
});

/**
 * A procedure anyone may call. Refusals are mapped to tRPC codes and sentences on the way out. Its
 * queries read published content only, the same for every caller, so the HTTP host may keep
 * copies of their answers (see `isPublicQuery`).
 */
export const publicProcedure = t.procedure.use(refusals);

/**
 * A procedure for signed-in staff holding `permission`; it gets `ctx.staff`. The permission is
 * also recorded in the procedure's meta, so a test can check every staff procedure declares one.
 */
export function staffProcedure(permission: Permission) {
	return t.procedure
		.meta({ permission })
		.use(refusals)
		.use(async ({ ctx, next }) =>
			next({ ctx: { ...ctx, staff: await requireStaff(ctx, permission) } })
		);
}
