import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import type { Context } from './context.js';
import { DomainError } from '@whatworks/domain';
import { toTRPCError } from './errors.js';

const t = initTRPC.context<Context>().create({
	// Input problems reach clients as field-by-field messages; other errors as a sentence, never a stack.
	errorFormatter({ shape, error }) {
		const { stack: _stack, ...data } = shape.data;
		return {
			...shape,
			data: {
				...data,
				zodError: error.cause instanceof z.ZodError ? z.flattenError(error.cause) : null
			}
		};
	}
});

/** Builds routers from plain objects of procedures. */
export const router = t.router;

/** Builds a server-side caller for a router, for tests and server-to-server calls. */
export const createCallerFactory = t.createCallerFactory;

/** A procedure anyone may call. Domain errors are mapped to tRPC codes on the way out. */
export const publicProcedure = t.procedure.use(async ({ next }) => {
	const result = await next();
	if (!result.ok && result.error.cause instanceof DomainError) {
		throw toTRPCError(result.error.cause);
	}
	return result;
});
