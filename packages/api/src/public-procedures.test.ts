import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { seedDemoContent, type DatabaseHandle } from '@whatworks/db';
import { openTestDatabase, testDatabaseKinds } from '@whatworks/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { appRouter, createCaller, publicProcedures } from './app-router.js';
import { createContext } from './context.js';
import { internalErrorMessage } from './trpc.js';

// Anyone can send anything to a public procedure. Whatever they send, the answer is the result or
// a refusal a person can read (a 4xx with a sentence), never a failure on our side (a 5xx). Every
// public procedure of the router is tried, so one added later is covered without a word here.

/** Names that objects inherit: a lookup by a name someone sent must never find them. */
const prototypeNames = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf'];

/** Text with what search syntax, databases and parsers trip over. */
const hostileText = fc.oneof(
	// Runs of operators, short and long, with a word or a phrase here and there.
	{
		weight: 3,
		arbitrary: fc
			.array(
				fc
					.tuple(
						fc.constantFrom('-', '- ', '-!(', '"', 'or ', 'a or b -', 'word', '"a phrase"'),
						fc.integer({ min: 1, max: 70 })
					)
					.map(([part, times]) => part.repeat(times)),
				{ minLength: 1, maxLength: 4 }
			)
			.map((runs) => runs.join(' ').slice(0, 250))
	},
	// Words with a control character in them, most often NUL, which Postgres cannot store at all.
	{
		weight: 2,
		arbitrary: fc
			.tuple(
				fc.string(),
				fc.oneof(fc.constant('\0'), fc.constantFrom('\u0001', '\t', '\n', '\u007f', '\u0085')),
				fc.string()
			)
			.map((parts) => parts.join(''))
	},
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) }, // lone surrogates too
	{ weight: 1, arbitrary: fc.constantFrom(...prototypeNames) }
);

/** A well-formed email address too long for an index: letters that do not compress. */
const overlongEmail = fc
	.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 3000 })
	.map((name) => `${name}@example.org`);

/** Numbers at and past every limit, and those JSON cannot carry. */
const hostileNumber = fc.oneof(
	fc.double(),
	fc.integer(),
	fc.constantFrom(-1, 0, -0, 2 ** 31, 2 ** 53, Number.MAX_VALUE, Number.NaN, Infinity)
);

/** An object whose own keys are names objects inherit. */
const prototypeKeyed = fc
	.uniqueArray(fc.tuple(fc.constantFrom(...prototypeNames), fc.jsonValue({ maxDepth: 1 })), {
		selector: ([key]) => key,
		minLength: 1
	})
	.map((entries) => {
		const object: Record<string, unknown> = {};
		for (const [key, value] of entries) {
			Object.defineProperty(object, key, { value, enumerable: true, writable: true });
		}
		return object;
	});

/** Any value of the wrong kind, shape or size. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
	hostileText,
	hostileNumber,
	prototypeKeyed,
	fc.jsonValue({ maxDepth: 3 }),
	fc.constantFrom(undefined, null, true, [], {})
);

/** A procedure's input schema, as JSON Schema: what fields it has and what they allow. */
interface JsonSchema {
	type?: string;
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
	enum?: unknown[];
	pattern?: string;
	minLength?: number;
	maxLength?: number;
	minimum?: number;
	maximum?: number;
	anyOf?: JsonSchema[];
}

/**
 * Values close to what the schema allows, with hostile values among them, so a call gets past
 * the first check and takes hostile values deep into the procedure.
 */
function nearlyValid(schema: JsonSchema): fc.Arbitrary<unknown> {
	const near = (field: JsonSchema) =>
		fc.oneof(
			{ weight: 4, arbitrary: nearlyValid(field) },
			{ weight: 1, arbitrary: hostile },
			{ weight: 1, arbitrary: fc.constant(undefined) }
		);
	if (schema.anyOf) return fc.oneof(...schema.anyOf.map(nearlyValid));
	if (schema.enum) return fc.constantFrom(...schema.enum);
	switch (schema.type) {
		case 'object': {
			const fields = Object.entries(schema.properties ?? {}).map(
				([key, field]): [string, fc.Arbitrary<unknown>] => [key, near(field)]
			);
			return fc.record(Object.fromEntries(fields));
		}
		case 'array':
			return fc.array(schema.items ? near(schema.items) : hostile, { maxLength: 6 });
		case 'integer':
			return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 });
		case 'number':
			return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 });
		case 'boolean':
			return fc.boolean();
		case 'string':
			if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
			// Hostile, but as long as the field may be, so that it gets past the length check.
			return fc
				.oneof(hostileText, fc.emailAddress(), overlongEmail)
				.map((text) => text.slice(0, schema.maxLength))
				.filter((text) => text.length >= (schema.minLength ?? 0));
		default:
			return hostile;
	}
}

/** Hostile input for a procedure: anything at all, or its own shape filled with hostile values. */
function inputFor(path: string): fc.Arbitrary<unknown> {
	const procedures = appRouter._def.procedures as unknown as Record<
		string,
		{ _def: { inputs: unknown[] } }
	>;
	const [schema] = procedures[path]?._def.inputs ?? [];
	if (!(schema instanceof z.ZodType)) return hostile;
	const shape = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
	return fc.oneof({ weight: 1, arbitrary: hostile }, { weight: 3, arbitrary: nearlyValid(shape) });
}

/** Calls a procedure by its dotted path. */
function call(caller: ReturnType<typeof createCaller>, path: string, input: unknown) {
	const procedure = path
		.split('.')
		.reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], caller);
	return (procedure as (input: unknown) => Promise<unknown>)(input);
}

/** A sentence a person can read: a capital first, one line, no JSON and no stack. */
const sentence = /^[A-Z][^\n]{0,300}$/;

describe('the public procedures', () => {
	it('are those anyone may call, and none that needs a session', () => {
		expect(publicProcedures.get('interventions.search')).toBe('query');
		expect(publicProcedures.get('auth.signIn')).toBe('mutation');
		expect(publicProcedures.has('users.list')).toBe(false);
		expect(publicProcedures.has('drafts.save')).toBe(false);
	});
});

describe.each(testDatabaseKinds)('every public procedure on %s', (kind) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await openTestDatabase(kind);
		await seedDemoContent(handle.db, { dataDir: undefined });
	});
	afterAll(async () => {
		await handle.close();
	});

	it.each([...publicProcedures.keys()])(
		'%s answers any input with its result or a 4xx sentence',
		async (path) => {
			await fc.assert(
				// Each call from its own address: sign-in's lockout must not hide what comes after it.
				fc.asyncProperty(inputFor(path), fc.ipV4(), async (input, ipAddress) => {
					const caller = createCaller(
						createContext(handle.db, { caller: { token: null, ipAddress, userAgent: null } })
					);
					const failure = await call(caller, path, input).then(
						() => null,
						(error: unknown) => error
					);
					if (failure === null) return;
					expect(failure).toBeInstanceOf(TRPCError);
					const error = failure as TRPCError;
					expect({ code: error.code, message: error.message }).toEqual({
						code: expect.not.stringMatching(/^INTERNAL_SERVER_ERROR$/) as string,
						message: expect.stringMatching(sentence) as string
					});
					expect(error.message).not.toBe(internalErrorMessage);
					expect(getHTTPStatusCodeFromError(error)).toBeGreaterThanOrEqual(400);
					expect(getHTTPStatusCodeFromError(error)).toBeLessThan(500);
				}),
				// A failure is reported as found, with its seed: shrinking a few thousand characters
				// one call at a time would take longer than the test may. FC_RUNS=2000 searches deeper.
				{ numRuns: Number(process.env.FC_RUNS ?? 60), endOnFailure: true }
			);
		}
	);
});
