import { createContext, type Context } from './context.js';
import { seedDemoContent, type DatabaseHandle } from '@whatworks/db';
import { openTestDatabase, testDatabaseKinds } from '@whatworks/db/testing';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TRPCError } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError, domainErrorCodes, standardsVersion } from '@whatworks/domain';
import { z } from 'zod';
import { appRouter, createCaller, isPublicQuery } from './app-router.js';
import { createCallerFactory, internalErrorMessage, publicProcedure, router } from './trpc.js';
import { trpcCodeByDomainCode } from './errors.js';

describe.each(testDatabaseKinds)('the public API on %s', (kind) => {
	let handle: DatabaseHandle;
	let api: ReturnType<typeof createCaller>;
	beforeAll(async () => {
		handle = await openTestDatabase(kind);
		// Without the data directory: the programme partners only, so the test does not depend on it.
		await seedDemoContent(handle.db, { dataDir: undefined });
		const context: Context = createContext(handle.db);
		api = createCaller(context);
	});
	afterAll(async () => {
		await handle.close();
	});

	it('lists every intervention by name with its outcome ratings', async () => {
		const list = await api.interventions.list();
		expect(list).toHaveLength(13);
		expect(list.map((i) => i.name)).toEqual(
			[...list.map((i) => i.name)].sort((a, b) => a.localeCompare(b))
		);
		const fgc = list.find((i) => i.slug === 'family-group-conferencing');
		expect(fgc?.outcomes).toHaveLength(5);
		expect(fgc?.outcomes.every((o) => o.effectiveness === 'mixed')).toBe(true);
	});

	it('filters the list by topic', async () => {
		const list = await api.interventions.list({ topic: 'kinship-and-foster-care' });
		expect(list.map((i) => i.slug).sort()).toEqual([
			'foster-and-kinship-care-support',
			'kinship-care',
			'treatment-foster-care'
		]);
	});

	it('lists the interventions of the slugs asked for, leaving out a slug of none', async () => {
		const chosen = await api.interventions.list({
			slugs: ['kinship-care', 'no-such-intervention', 'family-group-conferencing']
		});
		expect(chosen.map((i) => i.slug)).toEqual(['family-group-conferencing', 'kinship-care']);
		expect(chosen[0]?.outcomes).toHaveLength(5);
		const both = await api.interventions.list({
			topic: 'kinship-and-foster-care',
			slugs: ['kinship-care', 'family-group-conferencing']
		});
		expect(both.map((i) => i.slug)).toEqual(['kinship-care']);
		await expect(api.interventions.list({ slugs: ['Kinship Care'] })).rejects.toMatchObject({
			code: 'BAD_REQUEST'
		});
	});

	it('gets one intervention by slug with its narrative and headline sentences', async () => {
		const pcit = await api.interventions.get({ slug: 'parent-child-interaction-therapy' });
		expect(pcit.name).toBe('Parent-Child Interaction Therapy');
		expect(pcit.ageRange).toEqual({ min: 2, max: 7 });
		expect(pcit.emmie.mechanisms).not.toBe('');
		expect(pcit.outcomes[0]?.headline).toBe(
			'Parent-Child Interaction Therapy tended to show a positive effect on recurrence of maltreatment. This is based on moderate strength evidence (1 study, 0 in the UK).'
		);
	});

	it('answers NOT_FOUND with a sentence for an unknown slug', async () => {
		const attempt = api.interventions.get({ slug: 'no-such-thing' });
		await expect(attempt).rejects.toMatchObject({
			code: 'NOT_FOUND',
			message: 'There is no intervention at "no-such-thing".'
		});
	});

	it('rejects a malformed slug as a bad request naming the problem in a sentence', async () => {
		const attempt = api.interventions.get({ slug: 'Not A Slug!' });
		await expect(attempt).rejects.toBeInstanceOf(TRPCError);
		await expect(attempt).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: 'Use lower-case letters, digits and single hyphens'
		});
	});

	it('lists partners with their programmes and filters them', async () => {
		const all = await api.partners.list();
		expect(all).toHaveLength(23);
		const schwartz = await api.partners.list({ programme: 'schwartz-rounds' });
		expect(schwartz.map((p) => p.name)).toEqual([
			'Haringey',
			'Liverpool',
			'Nottinghamshire',
			'Walsall',
			'Warwickshire',
			'West Sussex'
		]);
		const counties = await api.partners.list({ type: 'county' });
		expect(counties.map((p) => p.name)).toEqual([
			'Nottinghamshire',
			'Oxfordshire',
			'Warwickshire',
			'West Sussex'
		]);
		const london = await api.partners.list({ region: 'E12000007', programme: 'change-projects' });
		expect(london.map((p) => p.name)).toEqual(['Hillingdon', 'Lambeth']);
		expect(london[1]?.programmes).toEqual([{ slug: 'change-projects', name: 'Change Projects' }]);
	});

	it('publishes the rules of the Evidence Standards the engine runs, in order', async () => {
		const standards = await api.ratings.standards();
		expect(standards.version).toBe(standardsVersion);
		expect(standards.effectivenessRules.map((rule) => rule.id)).toEqual([
			'E-NONE',
			'E-HARM',
			'E-CONSISTENT',
			'E-POSITIVE',
			'E-CONFLICT',
			'E-NULL',
			'E-UNDERPOWERED'
		]);
		expect(standards.strengthRules.map((rule) => rule.id)).toContain('S-IMPRECISE');
	});

	it('gets a partner by slug, and NOT_FOUND for a slug nobody has', async () => {
		const wigan = await api.partners.get({ slug: 'wigan' });
		expect(wigan.participations.map((p) => p.strand)).toEqual([
			'Devolved budgets for social workers',
			'A self-evaluation tool for practice change'
		]);
		await expect(api.partners.get({ slug: 'atlantis' })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await expect(api.partners.get({ slug: 'Not a slug' })).rejects.toMatchObject({
			code: 'BAD_REQUEST'
		});
	});
});

describe('domain errors at the API edge', () => {
	const failing = router({
		fail: publicProcedure.input(z.object({ code: z.enum(domainErrorCodes) })).query(({ input }) => {
			throw new DomainError(input.code, `Failed with ${input.code}.`);
		}),
		note: publicProcedure
			.input(z.object({ note: z.object({ changeNote: z.string().max(5) }) }))
			.query(() => {
				throw new DomainError('INVALID_INPUT', 'Write a change note', { field: 'note.changeNote' });
			})
	});
	const call = createCallerFactory(failing)({} as Context);

	it.each(domainErrorCodes)('turns %s into its tRPC code, keeping the sentence', async (code) => {
		await expect(call.fail({ code })).rejects.toMatchObject({
			code: trpcCodeByDomainCode[code],
			message: `Failed with ${code}.`
		});
	});

	it('tells HTTP callers in a sentence why input was refused, and which input, by its path', async () => {
		const server = createServer(
			createHTTPHandler({ router: failing, createContext: () => ({}) as Context })
		);
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const refusalOf = async (note: unknown) => {
			const { port } = server.address() as AddressInfo;
			const input = encodeURIComponent(JSON.stringify({ note }));
			const response = await fetch(`http://127.0.0.1:${port}/note?input=${input}`);
			const { error } = (await response.json()) as {
				error: { message: string; data: { field: string } };
			};
			return { message: error.message, field: error.data.field };
		};
		try {
			// The domain's refusal, and the schema's: each a sentence, with the input it is about.
			expect(await refusalOf({ changeNote: '' })).toEqual({
				message: 'Write a change note',
				field: 'note.changeNote'
			});
			expect(await refusalOf({ changeNote: 'Far too long' })).toEqual({
				message: 'Use 5 characters or fewer',
				field: 'note.changeNote'
			});
		} finally {
			await new Promise((resolve) => server.close(resolve));
		}
	});
});

describe('unexpected failures', () => {
	it('reach HTTP callers as a plain sentence, never the SQL or its parameters', async () => {
		const handle = await openTestDatabase('pglite');
		await handle.close(); // every query now fails inside the database driver
		const server = createServer(
			createHTTPHandler({ router: appRouter, createContext: () => createContext(handle.db) })
		);
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		try {
			const { port } = server.address() as AddressInfo;
			const input = encodeURIComponent(JSON.stringify({ slug: 'family-drug-and-alcohol-courts' }));
			const response = await fetch(`http://127.0.0.1:${port}/interventions.get?input=${input}`);
			const body = await response.text();
			expect(response.status).toBe(500);
			expect((JSON.parse(body) as { error: { message: string } }).error.message).toBe(
				internalErrorMessage
			);
			expect(body).not.toMatch(/select|family-drug|stack/i);
		} finally {
			await new Promise((resolve) => server.close(resolve));
		}
	});
});

describe('isPublicQuery', () => {
	it('holds only when every procedure called is a query anyone may call', () => {
		expect(isPublicQuery(['interventions.search'])).toBe(true);
		expect(isPublicQuery(['interventions.search', 'partners.map'])).toBe(true);
		expect(isPublicQuery(['users.list'])).toBe(false); // staff: the answer depends on who asks
		expect(isPublicQuery(['interventions.search', 'users.list'])).toBe(false);
		expect(isPublicQuery(['auth.signIn'])).toBe(false); // a mutation
		expect(isPublicQuery(['no.such.procedure'])).toBe(false);
		expect(isPublicQuery([])).toBe(false);
	});
});
